using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Regulator.Domain.Common;
using Regulator.Domain.Dashboards;
using Regulator.Domain.Persistence;
using Regulator.Domain.Protection;
using Regulator.Domain.Reports;
using Regulator.Domain.Scoping;

namespace Regulator.Bench.Dashboards;

/// <summary>
/// <c>dashboard [--requests N] [--new-reports N]</c>, run by <c>scripts/bench-dashboard.sh</c> against a seeded
/// database: brings the rollup up to date, then times the dashboard's query step (a national first view of the last 30
/// days, then changes of period, agency and province as a user clicks through them), and how long the rollup takes to
/// catch up with a burst of new reports stored through the real intake. Prints p50/p95/max per kind.
/// </summary>
public static class DashboardBenchmark
{
    public static async Task RunAsync(string[] args)
    {
        await using var portal = PortalHost.Build(args);
        var services = portal.Services;
        var requests = CommandLine.Int(args, "--requests", 200);
        var newReports = CommandLine.Int(args, "--new-reports", 10_000);
        var clock = services.GetRequiredService<TimeProvider>();
        var today = ChinaTime.Today(clock);

        var initial = await TimedAsync(services, (s, ct) => s.GetRequiredService<DashboardRollup>().CatchUpAsync(ct));
        Console.WriteLine($"rollup, first catch-up: {initial.Elapsed.TotalSeconds:F1} s ({initial.Result.DaysRecounted} days, {initial.Result.CellsWritten} cells)");
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<RegulatorDbContext>();
            Console.WriteLine($"data: {await db.Filings.IgnoreQueryFilters().CountAsync()} filings, {await db.Reports.IgnoreQueryFilters().CountAsync()} reports, " +
                $"{await db.BlacklistEntries.IgnoreQueryFilters().CountAsync()} blacklist entries, {await db.DashboardTallies.IgnoreQueryFilters().CountAsync()} rollup cells");
            await db.Database.ExecuteSqlRawAsync("ANALYZE");
        }

        var national = new DashboardViewer("bench", null, IsNational: true);
        var firstView = DashboardRequest.Last(today, 30);
        DashboardRequest[] changes =
        [
            DashboardRequest.Last(today, 90, TrendGrain.Week), DashboardRequest.Last(today, 365, TrendGrain.Month), DashboardRequest.Last(today, 7),
            firstView with { Agency = Agency.CultureTourism }, firstView with { ProvinceCode = "44" }, DashboardRequest.Last(today, 365, TrendGrain.Month) with { ProvinceCode = "11" },
        ];
        var first = new List<double>();
        var changed = new List<double>();
        for (var i = 0; i < requests; i++)
        {
            first.Add((await TimedAsync(services, (s, ct) => s.GetRequiredService<DashboardQuery>().LoadAsync(national, firstView, ct))).Elapsed.TotalMilliseconds);
            var change = changes[i % changes.Length];
            changed.Add((await TimedAsync(services, (s, ct) => s.GetRequiredService<DashboardQuery>().LoadAsync(national, change, ct))).Elapsed.TotalMilliseconds);
        }
        Report("dashboard query, national first view (30 days)", first);
        Report("dashboard query, change of period/agency/province", changed);

        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<RegulatorDbContext>();
            var platforms = await db.Platforms.IgnoreQueryFilters().AsNoTracking().ToListAsync();
            var intake = new ReportIntake(db, scope.ServiceProvider.GetRequiredService<WorkingCalendar>(), scope.ServiceProvider.GetRequiredService<IdentityProtector>(),
                clock, NullLogger<ReportIntake>.Instance);
            var generator = new ReportGenerator(Environment.TickCount, ReportGenerator.PlatformsOf(platforms), $"BENCH-{DateTime.UtcNow:HHmmss}-");
            var now = clock.GetUtcNow();
            var drafts = Enumerable.Range(0, newReports).Select(i => generator.Next(now.AddSeconds(-i * 8))).ToList();
            foreach (var batch in drafts.Chunk(ReportIntake.MaxBatchSize))
                await intake.ReceiveAsync(batch.Select((d, i) => IntakeItem.Read(i, d)).ToList(), ReportChannel.Push);
        }
        var catchUp = await TimedAsync(services, (s, ct) => s.GetRequiredService<DashboardRollup>().CatchUpAsync(ct));
        Console.WriteLine($"rollup, catch-up after {newReports} new reports: {catchUp.Elapsed.TotalMilliseconds:F0} ms ({catchUp.Result.DaysRecounted} days, {catchUp.Result.CellsWritten} cells)");
    }

    private static async Task<(T Result, TimeSpan Elapsed)> TimedAsync<T>(IServiceProvider services, Func<IServiceProvider, CancellationToken, Task<T>> work)
    {
        await using var scope = services.CreateAsyncScope();
        var started = Stopwatch.GetTimestamp();
        var result = await work(scope.ServiceProvider, CancellationToken.None);
        return (result, Stopwatch.GetElapsedTime(started));
    }

    private static void Report(string what, List<double> ms)
    {
        ms.Sort();
        double At(double q) => ms[Math.Min(ms.Count - 1, (int)Math.Ceiling(q * ms.Count) - 1)];
        Console.WriteLine($"{what}: {ms.Count} runs, p50 {At(0.5):F0} ms, p95 {At(0.95):F0} ms, max {ms[^1]:F0} ms");
    }

}
