using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Regulator.Domain.Common;
using Regulator.Web.Jobs.Documents;

namespace Regulator.Web.Jobs.Pdf;

/// <summary>
/// <c>bench-pdf [--documents 100] [--evidence 100] [--out DIR]</c>: renders and prints that many findings notices
/// (about ten pages each with 100 cited records per finding) through the production renderer, printer and pipeline, then prints the wall time
/// and the peak memory of the portal's process and of the whole process tree (the .NET process, Playwright's
/// driver and Chromium), sampled every 100 ms.
/// </summary>
public static partial class PdfBenchmark
{
    public static async Task<bool> RunPdfBenchmarkAsync(this WebApplication app, string[] args)
    {
        if (args.Length == 0 || args[0] != "bench-pdf") return false;
        var documents = Option(args, "--documents", 100);
        var evidence = Option(args, "--evidence", 100);
        var output = args.SkipWhile(a => a != "--out").Skip(1).FirstOrDefault();
        if (output is not null) Directory.CreateDirectory(output);

        var html = app.Services.GetRequiredService<DocumentHtmlRenderer>();
        var printer = app.Services.GetRequiredService<PdfPrinter>();
        var concurrency = app.Configuration.GetValue("Pdf:MaxConcurrentPages", new PdfOptions().MaxConcurrentPages);
        var day = ChinaTime.Today(TimeProvider.System);

        using var tree = new ProcessTreeSampler();
        var watch = Stopwatch.StartNew();
        long pages = 0, bytes = 0;
        await PrintPipeline.RunAsync(Enumerable.Range(1, documents),
            async n => new PrintRequest(await html.RenderAsync<FindingsDocument>(new Dictionary<string, object?> { ["Model"] = SyntheticFindings.Notice(n, evidence, day, $"基准平台{n}") })),
            async (n, pdf) =>
            {
                pages += PageObject().Count(Encoding.Latin1.GetString(pdf));
                bytes += pdf.Length;
                if (output is not null) await File.WriteAllBytesAsync(Path.Combine(output, $"notice-{n:000}.pdf"), pdf);
            },
            printer, window: 2 * concurrency, CancellationToken.None);
        watch.Stop();
        tree.Dispose();

        var seconds = watch.Elapsed.TotalSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""
            PDF benchmark: {documents} findings notices, {pages} pages ({(double)pages / documents:0.0} per document), {bytes / 1024.0 / 1024.0:0.0} MB of PDF
            pages printing at once: {concurrency}; cores: {Environment.ProcessorCount}
            total: {seconds:0.0} s ({documents / seconds:0.00} documents/s, {pages / seconds:0.0} pages/s), browser launch included
            CPU time of the process tree: {tree.CpuSeconds:0.0} s ({tree.CpuSeconds / Environment.ProcessorCount:0.0} s of wall time if all {Environment.ProcessorCount} cores were ours); load average now {LoadAverage()}
            peak memory (PSS, shared pages split between the processes sharing them): portal process {tree.PeakOwnMb:0} MB, whole process tree (portal + Playwright driver + Chromium) {tree.PeakTreeMb:0} MB
            """));
        await printer.DisposeAsync();
        return true;
    }

    private static string LoadAverage() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";

    private static int Option(string[] args, string name, int fallback) =>
        args.SkipWhile(a => a != name).Skip(1).FirstOrDefault() is { } value && int.TryParse(value, out var n) && n > 0 ? n : fallback;

    /// <summary>A page object in Chromium's PDF output (not the /Pages tree node).</summary>
    [GeneratedRegex(@"/Type\s*/Page(?![s\w])")]
    private static partial Regex PageObject();
}
