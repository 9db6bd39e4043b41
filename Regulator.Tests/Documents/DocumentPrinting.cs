using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Regulator.Web.Documents;
using Regulator.Web.Documents.Pdf;

namespace Regulator.Tests.Documents;

/// <summary>
/// The document services on their own (renderer and printer with the portal's resources), plus poppler to read
/// what they print back, so PDF tests need no portal around them.
/// </summary>
public sealed class DocumentPrinting : IAsyncDisposable
{
    public static readonly string OutputDirectory = Path.Combine(AppContext.BaseDirectory, "TestResults", "documents");

    /// <summary>ECharts as the front-end build puts it into the web project.</summary>
    public static readonly string Echarts = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "Regulator.Web", "wwwroot", "lib", "echarts", "echarts.min.js"));

    private readonly ServiceProvider _services;

    public DocumentPrinting(Action<PdfOptions>? configure = null)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddLocalization(o => o.ResourcesPath = "Resources");
        services.Configure<PdfOptions>(o => configure?.Invoke(o));
        services.AddSingleton<PdfPrinter>();
        services.AddSingleton<DocumentHtmlRenderer>();
        _services = services.BuildServiceProvider();
    }

    public PdfPrinter Printer => _services.GetRequiredService<PdfPrinter>();
    public DocumentHtmlRenderer Html => _services.GetRequiredService<DocumentHtmlRenderer>();

    public static string Save(string name, byte[] pdf)
    {
        Directory.CreateDirectory(OutputDirectory);
        var path = Path.Combine(OutputDirectory, name);
        File.WriteAllBytes(path, pdf);
        return path;
    }

    /// <summary>The text of a PDF as poppler's pdftotext reads it, pages separated by form feeds.</summary>
    public static string Text(string pdfPath) => Run("pdftotext", $"-layout \"{pdfPath}\" -");

    public static int PageCount(string pdfPath) =>
        int.Parse(Run("pdfinfo", $"\"{pdfPath}\"").Split('\n').Single(l => l.StartsWith("Pages:")).Split(':')[1].Trim());

    /// <summary>Page 1 as a PNG at 60 dpi next to the PDF, for people to look at.</summary>
    public static string FirstPagePng(string pdfPath)
    {
        var prefix = Path.ChangeExtension(pdfPath, null) + "-page";
        Run("pdftoppm", $"-png -r 60 -f 1 -l 1 -singlefile \"{pdfPath}\" \"{prefix}\"");
        return prefix + ".png";
    }

    private static string Run(string tool, string arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(tool, arguments) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{tool} {arguments} exited with {process.ExitCode}: {process.StandardError.ReadToEnd()}");
        return output;
    }

    public async ValueTask DisposeAsync() => await _services.DisposeAsync();
}
