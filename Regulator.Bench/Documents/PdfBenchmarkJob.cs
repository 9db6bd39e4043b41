using System.Text;
using System.Text.RegularExpressions;
using Regulator.Web.Documents;
using Regulator.Web.Documents.Pdf;

namespace Regulator.Bench.Documents;

/// <summary>
/// One findings notice of the PDF benchmark as a Hangfire job: rendered by the portal's renderer, printed by its
/// printer (one warm browser per process, at most <c>Pdf:MaxConcurrentPages</c> pages at once), counted in
/// <see cref="PdfBenchmarkTally"/> and, with <c>--out</c>, written to disk.
/// </summary>
public sealed partial class PdfBenchmarkJob(DocumentHtmlRenderer html, PdfPrinter printer, PdfBenchmarkTally tally)
{
    /// <param name="number">The notice's number (1…N), also its made-up platform's.</param>
    /// <param name="evidence">Records cited per finding; 40 print about ten A4 pages.</param>
    /// <param name="day">The inspection day printed on the notice.</param>
    /// <param name="output">A folder for the PDF, or null to keep only the count.</param>
    public async Task<string> PrintAsync(int number, int evidence, DateOnly day, string? output, CancellationToken cancellationToken)
    {
        var page = await html.RenderAsync<FindingsDocument>(new Dictionary<string, object?> { ["Model"] = SyntheticFindings.Notice(number, evidence, day, $"基准平台{number}") });
        var pdf = await printer.PrintAsync(new PrintRequest(page), cancellationToken);
        if (output is not null) await File.WriteAllBytesAsync(Path.Combine(output, $"notice-{number:000}.pdf"), pdf, cancellationToken);
        var pages = PageObject().Count(Encoding.Latin1.GetString(pdf));
        tally.Add(pages, pdf.Length);
        return $"{pages} pages, {pdf.Length} bytes";
    }

    /// <summary>A page object in Chromium's PDF output (not the /Pages tree node).</summary>
    [GeneratedRegex(@"/Type\s*/Page(?![s\w])")]
    private static partial Regex PageObject();
}
