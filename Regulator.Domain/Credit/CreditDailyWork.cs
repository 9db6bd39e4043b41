using Microsoft.EntityFrameworkCore;
using Regulator.Domain.Common;
using Regulator.Domain.Persistence;

namespace Regulator.Domain.Credit;

/// <summary>
/// The nightly credit work, a plain class any scheduler can call: remove listings whose period has ended, grant the
/// clean-period positive fact (set-based), and re-grade everyone so facts that stopped counting yesterday leave the scores.
/// </summary>
public sealed class CreditDailyWork(RegulatorDbContext db, UntrustworthyProcedure procedure, CreditFactCollector collector, CreditGrading grading, TimeProvider clock)
{
    public async Task<string> RunAsync(CancellationToken ct = default)
    {
        await collector.CollectAsync(ct);
        int removed, total = 0;
        do total += removed = await procedure.RemoveEndedAsync(ct); while (removed > 0);
        var clean = await GrantCleanPeriodsAsync(ct);
        var model = await grading.ModelInForceAsync(ct);
        var changed = await grading.RegradeAllAsync(model, "每日评级：到期事实不再计分", rewriteFacts: false, ct);
        return $"移出失信名单 {total} 个，长期无不良记录 {clean} 个，等级或分数变化 {changed} 个";
    }

    /// <summary>
    /// Subjects with a negative fact on record, none in the model's clean period, and no clean-period fact since their
    /// last negative one, get a <see cref="CreditFactKind.CleanPeriod"/> fact sourced from that last negative fact's date.
    /// </summary>
    public async Task<int> GrantCleanPeriodsAsync(CancellationToken ct = default)
    {
        var model = await grading.ModelInForceAsync(ct);
        var rule = model.RuleFor(CreditFactKind.CleanPeriod, CreditSeverity.General)!;
        var today = ChinaTime.Today(clock);
        var since = today.AddDays(-model.CleanPeriodDays);
        int[] negative = [.. Enum.GetValues<CreditFactKind>().Where(k => !CreditFactRecorder.IsPositive(k)).Select(k => (int)k)];
        var kinds = string.Join(", ", negative);
        return await db.Database.ExecuteSqlRawAsync($$"""
            INSERT INTO "CreditFacts" ("SubjectId", "Kind", "Severity", "SourceType", "SourceId", "OccurredOn", "ProvinceCode", "SourceProvinceCode", "Agency",
                                       "Summary", "Points", "CountsUntil", "ModelVersion", "RecordedUtc")
            SELECT s."Id", {{(int)CreditFactKind.CleanPeriod}}, {{(int)CreditSeverity.General}}, 'CleanPeriod', CAST(l.last_on AS VARCHAR(10)), {0}, s."ProvinceCode", s."ProvinceCode", s."Agency",
                   {1}, {2}, {3}, {4}, {5}
            FROM "CreditSubjects" s
            JOIN (SELECT "SubjectId" AS subject_id, MAX("OccurredOn") AS last_on FROM "CreditFacts" WHERE "Kind" IN ({{kinds}}) AND "WithdrawnUtc" IS NULL GROUP BY "SubjectId") l
              ON l.subject_id = s."Id"
            WHERE l.last_on < {6}
              AND NOT EXISTS (SELECT 1 FROM "CreditFacts" c WHERE c."SubjectId" = s."Id" AND c."Kind" = {{(int)CreditFactKind.CleanPeriod}} AND c."OccurredOn" > l.last_on)
            """, [today, $"连续 {model.CleanPeriodDays} 天无不良信用记录", rule.Points, today.AddDays(rule.CountsDays - 1), model.Version, clock.GetUtcNow().UtcDateTime, since], ct);
    }
}
