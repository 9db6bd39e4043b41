using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Regulator.Domain.Common;
using Regulator.Domain.Credit;
using Regulator.Domain.Persistence;
using Regulator.Domain.Identity;

namespace Regulator.Bench.Credit;

/// <summary>
/// <c>dotnet Regulator.Bench.dll credit --publishers N [--facts-percent P]</c> (PostgreSQL, after <c>seed --publishers 0</c>): writes N filed
/// publishers straight into the tables (one per identity, spread over the platforms, ids <c>b0…b{N-1}</c>), makes them
/// subjects, gives P % of them a fact, then times the set-based work and single-fact grading with the production services:
/// initial grading, a model preview, publishing a new model (re-grading everyone), and 200 single facts.
/// <c>scripts/bench-credit.sh</c> then measures the API with wrk.
/// </summary>
public static class CreditBenchmark
{
    public static async Task RunAsync(string[] args)
    {
        var publishers = CommandLine.Int(args, "--publishers", 1_000_000);
        var factsPercent = CommandLine.Int(args, "--facts-percent", 30);
        await using var portal = PortalHost.Build(args);
        await using var scope = portal.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<RegulatorDbContext>();
        if (!db.Database.IsNpgsql()) throw new InvalidOperationException("bench-credit runs on PostgreSQL.");
        db.Database.SetCommandTimeout(TimeSpan.FromMinutes(20));

        var watch = Stopwatch.StartNew();
        await WriteFilingsAsync(db, publishers);
        Console.WriteLine($"filings written: {publishers:N0} in {watch.Elapsed.TotalSeconds:F1} s");

        watch.Restart();
        var added = await services.GetRequiredService<CreditSubjects>().AddMissingAsync();
        Console.WriteLine($"subjects added (set-based, from the filings): {added:N0} in {watch.Elapsed.TotalSeconds:F1} s");

        watch.Restart();
        var facts = await WriteFactsAsync(db, factsPercent);
        await db.Database.ExecuteSqlRawAsync("VACUUM ANALYZE");
        Console.WriteLine($"facts written: {facts:N0} in {watch.Elapsed.TotalSeconds:F1} s");

        var grading = services.GetRequiredService<CreditGrading>();
        watch.Restart();
        var changed = await grading.RegradeAllAsync(await grading.ModelInForceAsync(), "基准测试：首次评级", rewriteFacts: false);
        Console.WriteLine($"initial grading of everyone: {watch.Elapsed.TotalSeconds:F1} s ({changed:N0} changed)");

        var models = services.GetRequiredService<CreditModels>();
        var actor = Actor.NationalAdministrator("bench-credit", "bench");
        var current = await grading.ModelInForceAsync();
        var draft = (await models.DraftAsync(new CreditModelDraft(current.BaseScore, current.ThresholdA, current.ThresholdB, current.ThresholdC, current.PlatformPublisherPenalty,
            current.CleanPeriodDays, [.. current.Rules.Select(r => new CreditRuleDraft(r.Kind, r.Severity, r.Points < 0 ? r.Points * 3 / 2 : r.Points, r.CountsDays))],
            "基准测试：扣分加重一半"), actor)).Value;
        watch.Restart();
        var preview = (await models.PreviewAsync(draft.Version, actor)).Value;
        Console.WriteLine($"preview of the new model: {watch.Elapsed.TotalSeconds:F1} s ({preview.Sum(p => p.Downgraded):N0} would go down)");
        watch.Restart();
        changed = (await models.PublishAsync(draft.Version, "基准测试", actor)).Value;
        var subjects = await db.CreditSubjects.CountAsync();
        Console.WriteLine($"REGRADE publish model v{draft.Version}, re-grading {subjects:N0} subjects set-based: {watch.Elapsed.TotalSeconds:F1} s ({changed:N0} changed)");

        var random = new Random(20261130);
        var maxId = await db.CreditSubjects.MaxAsync(s => s.Id);
        var timings = new List<double>();
        for (var i = 0; i < 200; i++)
        {
            await using var one = portal.Services.CreateAsyncScope();
            var recorder = one.ServiceProvider.GetRequiredService<CreditFactRecorder>();
            var target = await one.ServiceProvider.GetRequiredService<RegulatorDbContext>().CreditSubjects.AsNoTracking()
                .Where(s => s.Id >= random.NextInt64(1, maxId) && s.Kind == CreditSubjectKind.Publisher).OrderBy(s => s.Id).FirstAsync();
            var started = Stopwatch.GetTimestamp();
            var (_, graded) = await recorder.RecordAsync(new CreditFactDraft(CreditFactKind.PlatformMeasure, CreditSeverity.General, "Bench", $"one-{i}-{Guid.NewGuid():N}"[..32],
                ChinaTime.Today(TimeProvider.System), target.ProvinceCode, target.Agency, "基准测试：单条事实", IdentityBlindIndex: target.IdentityBlindIndex));
            timings.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            if (graded.Score == target.Score) throw new InvalidOperationException("The new fact did not reach the score.");
        }
        timings.Sort();
        Console.WriteLine($"ONEFACT one new fact recorded and re-graded, 200 times: p50 {timings[99]:F1} ms, p99 {timings[197]:F1} ms, max {timings[^1]:F1} ms");
    }


    /// <summary>One accepted filing per identity, spread over the platforms (publisher <c>b{n}</c> on platform n mod count, in id order); the blind index is a hash of n.</summary>
    private static async Task WriteFilingsAsync(RegulatorDbContext db, int publishers)
    {
        await db.Database.ExecuteSqlRawAsync("""
            INSERT INTO "FilingSubmissions" ("PlatformId", "ProvinceCode", "Channel", "ReceivedUtc", "SubmittedBy", "ItemCount", "StoredCount", "UnchangedCount", "InvalidCount")
            SELECT p."Id", p."ProvinceCode", 1, now(), 'bench-credit', 0, 0, 0, 0 FROM "Platforms" p
            """);
        await db.Database.ExecuteSqlRawAsync("""
            WITH platforms AS (SELECT "Id", "ProvinceCode", "Agency", row_number() OVER (ORDER BY "Id") - 1 AS position, count(*) OVER () AS total FROM "Platforms"),
                 submissions AS (SELECT "PlatformId", max("Id") AS id FROM "FilingSubmissions" WHERE "SubmittedBy" = 'bench-credit' GROUP BY "PlatformId")
            INSERT INTO "Filings" ("PlatformId", "ProvinceCode", "Agency", "PlatformPublisherId", "PublisherType", "RealName", "IdentityCiphertext", "IdentityBlindIndex",
                                   "IdentityMasked", "DisplayNames", "ContentKinds", "Status", "ContentFingerprint", "SubmissionId", "FiledOn", "CreatedUtc", "UpdatedUtc")
            SELECT p."Id", p."ProvinceCode", p."Agency", 'b' || n, 1, '测试' || n, sha256(convert_to('c' || n, 'UTF8')), sha256(convert_to('bench-credit-' || n, 'UTF8')),
                   '110101********' || lpad((n % 10000)::text, 4, '0'), ARRAY['主播' || n], 0, 2, sha256(convert_to('f' || n, 'UTF8')), s.id, current_date, now(), now()
            FROM generate_series(0, {0} - 1) AS n
            JOIN platforms p ON p.position = n % p.total
            JOIN submissions s ON s."PlatformId" = p."Id"
            """, publishers);
    }

    /// <summary>A fact for the given share of publisher subjects, of a kind and severity that vary with the id, dated within the last two years.</summary>
    private static async Task<int> WriteFactsAsync(RegulatorDbContext db, int percent) => await db.Database.ExecuteSqlRawAsync("""
        INSERT INTO "CreditFacts" ("SubjectId", "Kind", "Severity", "SourceType", "SourceId", "OccurredOn", "ProvinceCode", "SourceProvinceCode", "Agency", "Summary",
                                   "Points", "CountsUntil", "ModelVersion", "RecordedUtc")
        SELECT s."Id", k.kind, k.severity, 'Bench', s."Id"::text, current_date - (s."Id" % 700)::int, s."ProvinceCode", s."ProvinceCode", s."Agency", '基准测试事实',
               r."Points", current_date - (s."Id" % 700)::int + r."CountsDays" - 1, m."Version", now()
        FROM "CreditSubjects" s
        CROSS JOIN LATERAL (SELECT (ARRAY[1, 2, 3, 4, 6, 8])[1 + (s."Id" % 6)::int] AS kind, 1 + ((s."Id" / 6) % 3)::int AS severity) k
        JOIN "CreditRatingModels" m ON m."State" = 2
        JOIN "CreditRules" r ON r."ModelId" = m."Id" AND r."Kind" = k.kind AND r."Severity" = k.severity
        WHERE s."Kind" = 1 AND s."Id" % 100 < {0}
        """, percent);
}
