using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using Bogus;
using Regulator.Domain.Common;
using Regulator.Domain.Filings;

namespace Regulator.Bench.Filings;

/// <summary>
/// Files N publishers through <c>POST /api/v1/filings</c> in batches of 1,000, from several concurrent clients,
/// spread over the platforms, and reports filings per second end to end and the portal's memory along the way.
/// </summary>
public static class IngestBenchmark
{
    // A batch the portal did not answer (down, restarting) is sent again, same bytes, until it is: the portal's answer to a
    // batch it had already stored before it died is "unchanged", so resending is safe.
    private static async Task<HttpResponseMessage> SendAsync(HttpClient http, byte[] body, string apiKey, bool retry)
    {
        for (var attempt = 0; ; attempt++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/filings") { Content = new ByteArrayContent(body) };
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", apiKey);
            try
            {
                var response = await http.SendAsync(request);
                if (!retry || response.StatusCode is HttpStatusCode.OK or HttpStatusCode.UnprocessableEntity || attempt == 300) return response;
                response.Dispose();
            }
            catch (Exception e) when (retry && attempt < 300 && e is HttpRequestException or TaskCanceledException)
            {
                // Connection refused or reset: the portal is down.
            }
            await Task.Delay(TimeSpan.FromMilliseconds(Math.Min(2000, 100 << Math.Min(attempt, 5))));
        }
    }

    /// <summary>Returns a sample of the identity numbers filed, with the province of the filing, for the reviewers' searches.</summary>
    public static async Task<IReadOnlyList<(string Identity, string ProvinceCode)>> RunAsync(BenchOptions options, IReadOnlyList<BenchPlatform> platforms)
    {
        var sample = new System.Collections.Concurrent.ConcurrentBag<(string, string)>();
        var batchSize = FilingIntake.MaxBatchSize;
        var batches = (options.Filings + batchSize - 1) / batchSize;
        var today = ChinaTime.Today(TimeProvider.System);
        var next = -1;
        long stored = 0, refused = 0, failures = 0;
        using var http = new HttpClient { BaseAddress = new Uri(options.Url), Timeout = TimeSpan.FromMinutes(5) };
        await using var memory = options.PortalPid is { } pid ? new ProcessSampler(pid) : null;
        memory?.Track(() => (double)Interlocked.CompareExchange(ref stored, 0, 0) / options.Filings);
        var portalCpu = options.PortalPid is { } p0 ? ProcessSampler.CpuTime(p0) : null;
        var clientCpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();

        // Each worker has its own generator (Bogus is not thread-safe) and takes the next batch number.
        var workers = Enumerable.Range(0, options.Concurrency).Select(w => Task.Run(async () =>
        {
            var drafts = new DemoFilingDrafts(new Faker("zh_CN") { Random = new Randomizer(1000 + w) });
            int batch;
            while ((batch = Interlocked.Increment(ref next)) < batches)
            {
                var first = batch * batchSize;
                var batchDrafts = drafts.Take(first, Math.Min(batchSize, options.Filings - first), today);
                var body = FilingJson.Batch(batchDrafts);
                var platform = platforms[batch % platforms.Count];
                if (batch % 20 == 0) sample.Add((batchDrafts[0].IdentityNumber!, platform.ProvinceCode));
                using var response = await SendAsync(http, body, platform.ApiKey, options.RetryUntilAnswered);
                if (response.StatusCode is HttpStatusCode.OK or HttpStatusCode.UnprocessableEntity)
                {
                    var count = Math.Min(batchSize, options.Filings - first);
                    Interlocked.Add(ref stored, count);
                    if (response.StatusCode == HttpStatusCode.UnprocessableEntity) Interlocked.Increment(ref refused);
                }
                else
                {
                    Interlocked.Increment(ref failures);
                    Console.Error.WriteLine($"batch {batch}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
                }
                if (batch % 50 == 0) Console.WriteLine($"  {stored,9:N0} filings, {stored / clock.Elapsed.TotalSeconds,7:N0}/s");
            }
        })).ToList();
        await Task.WhenAll(workers);
        clock.Stop();

        Console.WriteLine($"Ingest: {stored:N0} filings in {clock.Elapsed.TotalSeconds:N1} s = {stored / clock.Elapsed.TotalSeconds:N0} filings/s " +
                          $"(batches of {batchSize}, {options.Concurrency} concurrent clients, validation + AES-GCM + HMAC + PostgreSQL); " +
                          $"{refused} batches with refused items, {failures} failed requests");
        if (options.PortalPid is { } p1 && ProcessSampler.CpuTime(p1) - portalCpu is { } used)
            Console.WriteLine($"CPU: portal {used.TotalSeconds:N1} s ({used.TotalMilliseconds / stored * 1000:N0} ms per 1,000 filings); " +
                              $"this client (generating and sending) {(Process.GetCurrentProcess().TotalProcessorTime - clientCpu).TotalSeconds:N1} s");
        if (memory?.Samples is { Count: > 0 } samples)
        {
            string At(double p) => $"{samples.MinBy(s => Math.Abs(s.Progress - p)).Bytes / 1048576.0:N0} MB";
            Console.WriteLine($"Portal memory (RSS) at 10% / 25% / 50% / 75% / 100% of the run: {At(0.1)} / {At(0.25)} / {At(0.5)} / {At(0.75)} / {At(1)}; " +
                              $"max {samples.Max(s => s.Bytes) / 1048576.0:N0} MB");
        }
        return [.. sample];
    }
}
