using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Regulator.Domain.Common;
using Regulator.Domain.Credit;
using Regulator.Domain.Dashboards;
using Regulator.Domain.Dashboards.Sources;
using Regulator.Domain.Persistence;
using Regulator.Domain.Protection;
using Regulator.Domain.Reports;
using Regulator.Domain.Scoping;

namespace Regulator.Bench.Dashboards;

/// <summary>
/// <c>dashboard [--filings N] [--reports N] [--credit-subjects] [--requests N] [--new-reports N]</c>, run by
/// <c>scripts/bench-dashboard.sh</c> against a database the demo seeder filled (platforms, users, categories, the
/// blacklist at full size and a year of demo filings and reports): first tops the filings and reports up to N each,
/// set-based (copies of the seeded rows with their own keys, spread over the last 365 days, one history row per filing,
/// two reports per case), and with <c>--credit-subjects</c> makes every filed publisher a credit subject and times the
/// credit standing's daily snapshot; then brings the rollup up to date, times the dashboard's query step (a national first view of the last 30
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
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<RegulatorDbContext>();
            if (!db.Database.IsNpgsql()) throw new InvalidOperationException("bench-dashboard runs on PostgreSQL.");
            db.Database.SetCommandTimeout(TimeSpan.FromMinutes(30));
            await db.Database.OpenConnectionAsync(); // the copies are staged in temporary tables, which live as long as the connection
            var watch = Stopwatch.StartNew();
            var filings = await FillFilingsAsync(db, CommandLine.Int(args, "--filings", 0));
            var reports = await FillReportsAsync(db, CommandLine.Int(args, "--reports", 0));
            var entries = await FillBlacklistAsync(db, CommandLine.Int(args, "--blacklist", 0));
            Console.WriteLine($"filled set-based: {filings:N0} filings, {reports:N0} reports and {entries:N0} blacklist entries in {watch.Elapsed.TotalSeconds:F1} s");
            if (args.Contains("--credit-subjects"))
            {
                watch.Restart();
                var added = await scope.ServiceProvider.GetRequiredService<CreditSubjects>().AddMissingAsync();
                Console.WriteLine($"credit subjects added (set-based, from the filings): {added:N0} in {watch.Elapsed.TotalSeconds:F1} s");
            }
            watch.Restart();
            await db.Database.ExecuteSqlRawAsync("VACUUM ANALYZE");
            Console.WriteLine($"VACUUM ANALYZE: {watch.Elapsed.TotalSeconds:F1} s");
        }

        var initial = await TimedAsync(services, (s, ct) => s.GetRequiredService<DashboardRollup>().CatchUpAsync(ct));
        Console.WriteLine($"rollup, first catch-up: {initial.Elapsed.TotalSeconds:F1} s ({initial.Result.DaysRecounted} days, {initial.Result.CellsWritten} cells)");
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<RegulatorDbContext>();
            Console.WriteLine($"data: {await db.Filings.IgnoreQueryFilters().CountAsync()} filings, {await db.Reports.IgnoreQueryFilters().CountAsync()} reports, " +
                $"{await db.BlacklistEntries.IgnoreQueryFilters().CountAsync()} blacklist entries, {await db.DashboardTallies.IgnoreQueryFilters().CountAsync()} rollup cells");
            await db.Database.ExecuteSqlRawAsync("ANALYZE");
        }

        // The credit standing is a snapshot of every subject, retaken when a grade moved: it groups the subjects table
        // (the dashboards themselves only read the cells it leaves).
        var snapshots = new List<double>();
        for (var i = 0; i < 5; i++)
            snapshots.Add((await TimedAsync(services, (s, ct) => new CreditStandingTallySource(clock).TallyAsync(s.GetRequiredService<RegulatorDbContext>(), today, today, ct))).Elapsed.TotalMilliseconds);
        Report("credit standing snapshot of every subject (rollup side)", snapshots);

        var national = new DashboardViewer("bench", null, IsNational: true);
        var firstView = DashboardRequest.Last(today, 30);
        (string Label, DashboardRequest Request)[] changes =
        [
            ("90 days by week", DashboardRequest.Last(today, 90, TrendGrain.Week)), ("365 days by month", DashboardRequest.Last(today, 365, TrendGrain.Month)),
            ("7 days", DashboardRequest.Last(today, 7)), ("culture and tourism", firstView with { Agency = Agency.CultureTourism }),
            ("Guangdong", firstView with { ProvinceCode = "44" }), ("Beijing, 365 days by month", DashboardRequest.Last(today, 365, TrendGrain.Month) with { ProvinceCode = "11" }),
        ];
        var first = new List<double>();
        var changed = changes.Select(_ => new List<double>()).ToArray();
        for (var i = 0; i < requests; i++)
        {
            first.Add((await TimedAsync(services, (s, ct) => s.GetRequiredService<DashboardQuery>().LoadAsync(national, firstView, ct))).Elapsed.TotalMilliseconds);
            var change = changes[i % changes.Length].Request;
            changed[i % changes.Length].Add((await TimedAsync(services, (s, ct) => s.GetRequiredService<DashboardQuery>().LoadAsync(national, change, ct))).Elapsed.TotalMilliseconds);
        }
        Report("dashboard query, national first view (30 days)", first);
        Report("dashboard query, change of period/agency/province", changed.SelectMany(c => c).ToList());
        for (var c = 0; c < changes.Length; c++) Report($"  of which {changes[c].Label}", changed[c]);

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

    /// <summary>Adds copies of the seeded filings (round robin) until there are <paramref name="total"/>, each with its own publisher id and identity, filed on a day of the last year.</summary>
    private static async Task<int> FillFilingsAsync(RegulatorDbContext db, int total)
    {
        var missing = total - await db.Filings.IgnoreQueryFilters().CountAsync();
        if (missing <= 0) return 0;
        await StageAsync(db, "Filings", "bench_filings", missing, "1 hour");
        var added = await db.Database.ExecuteSqlRawAsync("""
            WITH added AS (
                INSERT INTO "Filings" ("PlatformId", "ProvinceCode", "Agency", "PlatformPublisherId", "PublisherType", "RealName", "IdentityCiphertext", "IdentityBlindIndex",
                    "IdentityMasked", "AgeBand", "DisplayNames", "ContentKinds", "GuardianName", "GuardianRelation", "GuardianIdentityCiphertext", "GuardianIdentityBlindIndex",
                    "GuardianIdentityMasked", "GuardianConsentDate", "Status", "StatusReason", "ContentFingerprint", "SubmissionId", "FiledOn", "CreatedUtc", "UpdatedUtc", "ReviewedUtc", "DocumentType")
                SELECT "PlatformId", "ProvinceCode", "Agency", 'bench-' || n, "PublisherType", "RealName", "IdentityCiphertext", sha256(convert_to('bench-dashboard-' || n, 'UTF8')),
                    "IdentityMasked", "AgeBand", "DisplayNames", "ContentKinds", "GuardianName", "GuardianRelation", "GuardianIdentityCiphertext", "GuardianIdentityBlindIndex",
                    "GuardianIdentityMasked", "GuardianConsentDate", "Status", "StatusReason", sha256(convert_to('bench-dashboard-f' || n, 'UTF8')), "SubmissionId",
                    (at AT TIME ZONE 'Asia/Shanghai')::date, at, at, CASE WHEN "ReviewedUtc" IS NULL THEN NULL ELSE at + interval '30 minutes' END, "DocumentType"
                FROM bench_filings
                RETURNING "Id", "PlatformId", "ProvinceCode", "CreatedUtc", "Status")
            INSERT INTO "FilingHistory" ("FilingId", "PlatformId", "ProvinceCode", "OccurredUtc", "Event", "Status", "Actor", "ByRegulator")
            SELECT "Id", "PlatformId", "ProvinceCode", "CreatedUtc", 1, "Status", 'bench-dashboard', false FROM added
            """);
        await db.Database.ExecuteSqlRawAsync("DROP TABLE bench_filings");
        return added;
    }

    /// <summary>
    /// Adds copies of the seeded cases (round robin), two reports each, until there are <paramref name="total"/> reports:
    /// first received on a day of the last year, due, closed and assigned as their template was, relative to that day.
    /// </summary>
    private static async Task<int> FillReportsAsync(RegulatorDbContext db, int total)
    {
        var cases = (total - await db.Reports.IgnoreQueryFilters().CountAsync()) / 2;
        if (cases <= 0) return 0;
        await StageAsync(db, "ReportCases", "bench_cases", cases, "3 hours");
        var added = await db.Database.ExecuteSqlRawAsync("""
            WITH added AS (
                INSERT INTO "ReportCases" ("CaseKey", "CategoryId", "Agency", "ProvinceCode", "PlatformId", "PlatformName", "AccountLabel", "Status", "Priority", "MinorInvolved",
                    "ReportCount", "FirstReceivedUtc", "LastReceivedUtc", "DueUtc", "AssigneeId", "AssigneeName", "ClosedUtc", "Outcome", "Measures", "TransferredTo", "ClosingNote", "Version")
                SELECT 'bench-' || n, "CategoryId", "Agency", "ProvinceCode", "PlatformId", "PlatformName", "AccountLabel", "Status", "Priority", "MinorInvolved",
                    2, at, at + interval '1 hour', at + ("DueUtc" - "FirstReceivedUtc"), "AssigneeId", "AssigneeName",
                    CASE WHEN "ClosedUtc" IS NULL THEN NULL ELSE LEAST(at + ("ClosedUtc" - "FirstReceivedUtc"), now()) END, "Outcome", "Measures", "TransferredTo", "ClosingNote", 1
                FROM bench_cases
                RETURNING "Id", "CaseKey", "CategoryId", "ProvinceCode", "PlatformId", "PlatformName", "MinorInvolved", "FirstReceivedUtc")
            INSERT INTO "Reports" ("ExternalId", "ReceivedUtc", "IngestedUtc", "Channel", "PlatformName", "PlatformId", "AccountName", "AccountId", "CategoryId",
                "Description", "EvidenceLinks", "MinorInvolved", "CaseId", "ProvinceCode")
            SELECT "CaseKey" || '-' || r, "FirstReceivedUtc" + r * interval '1 hour', "FirstReceivedUtc" + r * interval '1 hour', 1, "PlatformName", "PlatformId",
                "CaseKey", "CaseKey", "CategoryId", '基准测试举报：直播间内容违规', '{{}}', "MinorInvolved", "Id", "ProvinceCode"
            FROM added CROSS JOIN generate_series(0, 1) AS r
            """);
        await db.Database.ExecuteSqlRawAsync("DROP TABLE bench_cases");
        return added;
    }

    /// <summary>
    /// Adds copies of the seeded blacklist entries (round robin) until there are <paramref name="total"/>, each with its own
    /// identity, proposed on a day of the last year, its later steps and its period as far after that day as its
    /// template's were (never after now). Only the entries: the dashboards count them, and the published list's feed is
    /// the blacklist benchmark's concern. The demo seeder's own bulk path is not used here because the credit demo data
    /// then records a credit fact per published entry, one at a time (hours at 1,000,000).
    /// </summary>
    private static async Task<int> FillBlacklistAsync(RegulatorDbContext db, int total)
    {
        var missing = total - await db.BlacklistEntries.IgnoreQueryFilters().CountAsync();
        if (missing <= 0) return 0;
        await StageAsync(db, "BlacklistEntries", "bench_entries", missing, "2 hours");
        var added = await db.Database.ExecuteSqlRawAsync("""
            INSERT INTO "BlacklistEntries" ("ProvinceCode", "Agency", "ReportingPlatformId", "IdentityCiphertext", "IdentityBlindIndex", "IdentityMasked", "DisplayNames",
                "PlatformIds", "CategoryId", "Facts", "EvidenceReferences", "RequestedSeverity", "RequestedEndsOn", "Severity", "StartsOn", "EndsOn", "State", "LiftGround",
                "IsCirculatedNationally", "CreatedUtc", "UpdatedUtc", "PublishedUtc", "Revision", "History")
            SELECT "ProvinceCode", "Agency", "ReportingPlatformId", "IdentityCiphertext", sha256(convert_to('bench-dashboard-b' || n, 'UTF8')), "IdentityMasked", "DisplayNames",
                "PlatformIds", "CategoryId", "Facts", "EvidenceReferences", "RequestedSeverity",
                "RequestedEndsOn" + ((at AT TIME ZONE 'Asia/Shanghai')::date - ("CreatedUtc" AT TIME ZONE 'Asia/Shanghai')::date), "Severity",
                "StartsOn" + ((at AT TIME ZONE 'Asia/Shanghai')::date - ("CreatedUtc" AT TIME ZONE 'Asia/Shanghai')::date),
                "EndsOn" + ((at AT TIME ZONE 'Asia/Shanghai')::date - ("CreatedUtc" AT TIME ZONE 'Asia/Shanghai')::date), "State", "LiftGround",
                "IsCirculatedNationally", at, LEAST(at + ("UpdatedUtc" - "CreatedUtc"), now()), LEAST(at + ("PublishedUtc" - "CreatedUtc"), now()), "Revision", "History"
            FROM bench_entries
            """);
        await db.Database.ExecuteSqlRawAsync("DROP TABLE bench_entries");
        return added;
    }

    /// <summary>
    /// Stages <paramref name="count"/> copies of <paramref name="table"/>'s rows (round robin, in id order) in the temporary
    /// table <paramref name="stage"/>, each with its copy number <c>n</c> and a time <c>at</c> spread evenly over the 365
    /// days that end <paramref name="before"/> (an interval) ago.
    /// </summary>
    private static Task StageAsync(RegulatorDbContext db, string table, string stage, int count, string before)
    {
        // Names and the interval are this class's own constants; the count goes in as a parameter.
        var sql = $$"""
            CREATE TEMP TABLE {{stage}} AS
            WITH templates AS (SELECT *, row_number() OVER (ORDER BY "Id") - 1 AS k FROM "{{table}}"),
                 copies AS (SELECT n, now() - interval '{{before}}' - ((n * 7919::bigint) % 31536000) * interval '1 second' AS at FROM generate_series(0, {0} - 1) AS n)
            SELECT c.n, c.at, t.* FROM copies c JOIN templates t ON t.k = c.n % (SELECT count(*) FROM "{{table}}")
            """;
        return db.Database.ExecuteSqlRawAsync(sql, count);
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
