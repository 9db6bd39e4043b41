namespace Regulator.Web.Documents.Pdf;

/// <summary>The <c>Pdf</c> configuration section: which Chromium prints, how many pages at once, how long to wait.</summary>
public sealed class PdfOptions
{
    public const string Section = "Pdf";

    /// <summary>
    /// Debian's <c>chromium-headless-shell</c> package (no browser is downloaded). The headless shell prints the same
    /// PDFs as the full browser for about a third of the CPU time. The binary itself, not the <c>/usr/bin</c> wrapper
    /// script: Playwright must own the browser's process to stop it.
    /// </summary>
    public string ChromiumPath { get; set; } = "/usr/lib/chromium/chromium-headless-shell";

    /// <summary>Pages printing at once in the one browser. Each page holds a whole document in memory, so this bounds memory as well.</summary>
    public int MaxConcurrentPages { get; set; } = 3;

    /// <summary>Longest a single document may take in the browser: then the run fails instead of hanging.</summary>
    public TimeSpan DocumentTimeout { get; set; } = TimeSpan.FromSeconds(90);

    public TimeSpan LaunchTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// ECharts for the report charts; empty looks in <c>wwwroot/lib/echarts</c> (built from npm) and then in
    /// <c>node_modules/echarts/dist</c> under the content root and the repository root.
    /// </summary>
    public string? EchartsScript { get; set; }
}
