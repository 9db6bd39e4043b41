using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Regulator.Domain.Persistence;
using Regulator.Domain.Reports;
using Regulator.Web.Reports;

namespace Regulator.Bench.Reports;

/// <summary>
/// <c>simulate-reports --url http://host:port [--count 10000] [--rate 500] [--batch 500] [--concurrency 4] [--seed 1] [--prefix SIM-] [--days 3]</c>:
/// plays the National Reporting Platform, pushing realistic signed batches at a given rate (0 = as fast as the portal takes them).
/// A batch that fails (portal down, restarting, overloaded) is retried with backoff until it is answered, exactly as
/// the real sender must; ids are deterministic for a seed, so a repeated run re-sends the same reports.
/// </summary>
public sealed class ReportSimulator
{
    public sealed record Options(Uri Url, int Count, int Rate, int Batch, int Concurrency, int Seed, string Prefix, int Days)
    {
        public static Options Parse(string[] args)
        {
            string Value(string name, string fallback) => CommandLine.Value(args, name) ?? fallback;
            int Number(string name, int fallback) => int.Parse(Value(name, fallback.ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture);
            return new Options(new Uri(Value("--url", "http://127.0.0.1:5080")), Number("--count", 10_000), Number("--rate", 500),
                Math.Clamp(Number("--batch", 500), 1, ReportIntake.MaxBatchSize), Math.Max(1, Number("--concurrency", 4)), Number("--seed", 1),
                Value("--prefix", "SIM-"), Math.Max(1, Number("--days", 3)));
        }
    }

    public sealed record Summary(int Sent, int Stored, int Duplicates, int Rejected, int Retries, TimeSpan Elapsed)
    {
        public double PerSecond => Sent / Elapsed.TotalSeconds;

        public override string ToString() =>
            $"{Sent} reports in {Elapsed.TotalSeconds:F1} s = {PerSecond:F0} reports/s ({Stored} stored, {Duplicates} duplicates, {Rejected} rejected, {Retries} retried batches)";
    }

    /// <summary>Runs the command against the configured database's platforms (so reports name real registrations).</summary>
    public static async Task<Summary> RunAsync(string[] args)
    {
        var options = Options.Parse(args);
        await using var portal = PortalHost.Build(args);
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RegulatorDbContext>();
        var platforms = (await db.Platforms.IgnoreQueryFilters().AsNoTracking().Select(p => new { p.Name, p.Uscc }).ToListAsync())
            .Select(p => (p.Name, p.Uscc)).ToList();
        var secret = scope.ServiceProvider.GetRequiredService<ReportIntakeOptions>().SharedSecret;
        using var http = new HttpClient { BaseAddress = options.Url, Timeout = TimeSpan.FromSeconds(60) };
        return await SendAsync(new ReportPushClient(http, secret, TimeProvider.System), new ReportGenerator(options.Seed, platforms, options.Prefix), options,
            progress: Console.WriteLine, CancellationToken.None);
    }

    /// <summary>Generates <see cref="Options.Count"/> reports spread over the last <see cref="Options.Days"/> days and pushes them.</summary>
    public static async Task<Summary> SendAsync(ReportPushClient client, ReportGenerator generator, Options options, Action<string> progress, CancellationToken ct)
    {
        var start = DateTimeOffset.UtcNow.AddDays(-options.Days);
        var step = TimeSpan.FromDays(options.Days) / Math.Max(1, options.Count);
        var batches = Enumerable.Range(0, options.Count)
            .Select(i => generator.Next(start + step * i))
            .Chunk(options.Batch);
        int sent = 0, stored = 0, duplicates = 0, rejected = 0, retries = 0;
        var clock = Stopwatch.StartNew();
        await Parallel.ForEachAsync(batches, new ParallelOptions { MaxDegreeOfParallelism = options.Concurrency, CancellationToken = ct }, async (batch, token) =>
        {
            var result = await PushUntilAnsweredAsync(client, batch, () => Interlocked.Increment(ref retries), token);
            Interlocked.Add(ref stored, result.Stored);
            Interlocked.Add(ref duplicates, result.Duplicates);
            Interlocked.Add(ref rejected, result.Rejected);
            var total = Interlocked.Add(ref sent, batch.Length);
            if (total / options.Batch % 20 == 0) progress($"  {total} sent, {total / clock.Elapsed.TotalSeconds:F0}/s");
            // Pacing: hold the overall rate at the target by waiting until this batch's slot has come.
            if (options.Rate > 0 && TimeSpan.FromSeconds((double)total / options.Rate) - clock.Elapsed is { Ticks: > 0 } wait) await Task.Delay(wait, token);
        });
        return new Summary(sent, stored, duplicates, rejected, retries, clock.Elapsed);
    }

    private static async Task<ReportsApi.BatchResult> PushUntilAnsweredAsync(ReportPushClient client, ReportDraft[] batch, Action retried, CancellationToken ct)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                using var response = await client.PushAsync(batch, ct);
                // 200 and 422 are answers (422: some items malformed, the rest stored); anything else is retried.
                if (response.IsSuccessStatusCode || (int)response.StatusCode == StatusCodes.Status422UnprocessableEntity)
                    return (await response.Content.ReadFromJsonAsync<ReportsApi.BatchResult>(ReportWireFormat.Options, ct))!;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !ct.IsCancellationRequested)
            {
                // The portal is down or restarting: keep the batch and try again.
            }
            // About ten minutes of refusals: the portal is not coming back, and a sender that waits forever hides that.
            if (attempt == 300) throw new InvalidOperationException("The portal has not answered a batch for about ten minutes; giving up.");
            retried();
            await Task.Delay(TimeSpan.FromMilliseconds(Math.Min(2000, 100 * (1 << Math.Min(attempt, 5)))), ct);
        }
    }
}
