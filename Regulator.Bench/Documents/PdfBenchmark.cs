using System.Diagnostics;
using System.Globalization;
using Hangfire;
using Hangfire.Common;
using Hangfire.States;
using Regulator.Domain.Common;
using Regulator.Web;
using Regulator.Web.Documents.Pdf;

namespace Regulator.Bench.Documents;

/// <summary>
/// <c>pdf [--documents 100] [--evidence 100] [--out DIR] [--postgres CONN]</c>: enqueues that many findings notices
/// (about ten pages each with 100 cited records per finding) as Hangfire jobs (<see cref="PdfBenchmarkJob"/>) on the
/// portal's own Hangfire server, storage, filters and workers, and waits until every job has succeeded; each job renders
/// its notice with the production renderer and prints it with the production printer. Prints the wall time from the
/// first enqueue to the last success (browser launch included), the CPU time of the process tree and the peak memory of
/// the portal's process and of the whole tree (the .NET process, Playwright's driver and Chromium). The portal runs on
/// a fresh SQLite database (Hangfire's SQLite storage beside it) in a temporary folder, or on the PostgreSQL database
/// given, which must be empty of jobs.
/// </summary>
public static class PdfBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var documents = Math.Max(1, CommandLine.Int(args, "--documents", 100));
        var evidence = Math.Max(1, CommandLine.Int(args, "--evidence", 100));
        var output = CommandLine.Value(args, "--out");
        if (output is not null) Directory.CreateDirectory(output = Path.GetFullPath(output));
        var postgres = CommandLine.Value(args, "--postgres");
        var folder = Directory.CreateTempSubdirectory("regulator-bench-pdf-");
        var settings = new Dictionary<string, string?>
        {
            ["Database:Provider"] = postgres is null ? "Sqlite" : "Postgres",
            ["Database:ConnectionString"] = postgres ?? $"Data Source={Path.Combine(folder.FullName, "regulator.db")}",
            ["Seeding:Demo"] = "false",
            // An idle worker looks for the next job at once while there are some; this only bounds the wait when the queue was empty.
            ["Jobs:QueuePollInterval"] = "00:00:01",
        };
        try
        {
            await using var portal = PortalHost.Build(args, settings, services => services.AddSingleton<PdfBenchmarkTally>());
            await portal.PrepareDatabaseAsync();
            await portal.StartAsync();
            var tally = portal.Services.GetRequiredService<PdfBenchmarkTally>();
            var jobs = portal.Services.GetRequiredService<IBackgroundJobClient>();
            var monitoring = portal.Services.GetRequiredService<JobStorage>().GetMonitoringApi();
            var workers = portal.Configuration.GetValue("Jobs:MaxConcurrency", 4);
            var pages = portal.Configuration.GetValue("Pdf:MaxConcurrentPages", new PdfOptions().MaxConcurrentPages);
            var day = ChinaTime.Today(TimeProvider.System);

            using var tree = new ProcessTreeSampler();
            var watch = Stopwatch.StartNew();
            for (var n = 1; n <= documents; n++)
            {
                var number = n;
                jobs.Create(Job.FromExpression<PdfBenchmarkJob>(j => j.PrintAsync(number, evidence, day, output, CancellationToken.None)), new EnqueuedState());
            }
            // A job that fails is not waited for through its retries: the benchmark stops and says why.
            while (tally.Documents < documents)
            {
                if (monitoring.FailedCount() + monitoring.ScheduledCount() > 0)
                {
                    var failed = monitoring.FailedJobs(0, 1).Select(j => j.Value.ExceptionMessage).FirstOrDefault() ?? "a job failed and waits for a retry";
                    Console.Error.WriteLine($"PDF benchmark stopped: {failed}");
                    return 1;
                }
                await Task.Delay(50);
            }
            watch.Stop();
            tree.Dispose();
            var succeeded = monitoring.SucceededListCount();

            var seconds = watch.Elapsed.TotalSeconds;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""
                PDF benchmark through Hangfire ({(postgres is null ? "SQLite" : "PostgreSQL")} storage): {documents} findings notices as {documents} Hangfire jobs ({succeeded} succeeded), {tally.Pages} pages ({(double)tally.Pages / documents:0.0} per document), {tally.Bytes / 1024.0 / 1024.0:0.0} MB of PDF
                Hangfire workers: {workers}; pages printing at once: {pages}; cores: {Environment.ProcessorCount}
                total: {seconds:0.0} s ({documents / seconds:0.00} documents/s, {tally.Pages / seconds:0.0} pages/s) from the first enqueue to the last success, browser launch included
                CPU time of the process tree: {tree.CpuSeconds:0.0} s ({tree.CpuSeconds / Environment.ProcessorCount:0.0} s of wall time if all {Environment.ProcessorCount} cores were ours); load average now {LoadAverage()}
                peak memory (PSS, shared pages split between the processes sharing them): portal process {tree.PeakOwnMb:0} MB, whole process tree (portal + Playwright driver + Chromium) {tree.PeakTreeMb:0} MB
                """));
            await portal.StopAsync();
            return 0;
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static string LoadAverage() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";
}
