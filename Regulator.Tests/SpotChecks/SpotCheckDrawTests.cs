using Regulator.Domain.Common;
using Microsoft.EntityFrameworkCore;
using Regulator.Domain.Auditing;
using Regulator.Domain.SpotChecks;
using Regulator.Domain.SpotChecks.Draws;
using Regulator.Tests.Infrastructure;

namespace Regulator.Tests.SpotChecks;

/// <summary>The draw against a real database: seed first, snapshot and result kept, replayable after a restart, redraws on record.</summary>
public class SpotCheckDrawTests
{
    [Theory, BothProviders]
    public async Task A_draw_records_its_seed_first_keeps_snapshot_and_result_and_replays_the_same_in_a_new_process_context(DatabaseProvider provider)
    {
        using var database = new SpotChecksDatabase(provider);
        var (plan, attempt) = await database.PlanAndDrawAsync(TargetKind.Platform, sample: 4);
        Assert.Null(attempt.Failure);

        // A fresh context, as after a restart: nothing cached, everything read back from the database.
        await using var db = database.Context(null);
        var draw = await db.SpotCheckDraws.SingleAsync(d => d.PlanId == plan.Id);
        Assert.Equal(DrawState.Completed, draw.State);
        Assert.Equal(6, draw.PopulationSize);
        Assert.Equal(DrawAlgorithm.Version, draw.Algorithm);
        var tasks = await db.SpotCheckTasks.Include(t => t.Inspectors).Where(t => t.DrawId == draw.Id).OrderBy(t => t.DrawOrder).ToListAsync();
        Assert.Equal(4, tasks.Count);
        Assert.All(tasks, t => Assert.Equal(2, t.Inspectors.Select(i => i.InspectorId).Distinct().Count()));
        Assert.All(tasks, t => Assert.True(t.DueOn > t.DrawnOn));

        var verified = await DrawVerification.VerifyAsync(db, draw, ignoreScope: false, default);
        Assert.NotNull(verified);
        Assert.True(verified.Matches);
        Assert.True(verified.TasksMatch);
        // Replaying straight from the stored file and seed, outside any service, gives the stored result too.
        Assert.Equal(draw.ResultText, DrawAlgorithm.Run(DrawSnapshot.Parse(DrawSnapshot.Decompress(draw.SnapshotGzip!)), draw.SeedValue).ResultText);

        var audit = await db.AuditEntries.Where(a => a.RecordType == nameof(SpotCheckDraw)).OrderBy(a => a.Id).Select(a => a.Action).ToListAsync();
        Assert.Equal([AuditActions.SpotCheckSeedRecorded, AuditActions.SpotCheckDrawn], audit);
    }

    [Theory, BothProviders]
    public async Task A_tampered_snapshot_or_task_no_longer_verifies(DatabaseProvider provider)
    {
        using var database = new SpotChecksDatabase(provider);
        var (plan, _) = await database.PlanAndDrawAsync();
        await using var db = database.Context(null);
        var task = await db.SpotCheckTasks.Include(t => t.Inspectors).FirstAsync(t => t.PlanId == plan.Id);
        var spare = database.BeijingInspectors.Select(i => i.Id).First(id => task.Inspectors.All(i => i.InspectorId != id));
        db.Remove(task.Inspectors[1]);
        await db.SaveChangesAsync();
        db.TaskInspectors.Add(new TaskInspector { TaskId = task.Id, InspectorId = spare, Position = 2, Name = "换人", ProvinceCode = "11" });
        await db.SaveChangesAsync();

        var draw = await db.SpotCheckDraws.AsNoTracking().SingleAsync(d => d.PlanId == plan.Id);
        Assert.False((await DrawVerification.VerifyAsync(db, draw, false, default))!.Matches);
        var altered = DrawSnapshot.Decompress(draw.SnapshotGzip!);
        altered[^2] ^= 1;
        draw.SnapshotGzip = DrawSnapshot.Compress(altered);
        var result = await DrawVerification.VerifyAsync(db, draw, false, default);
        Assert.False(result!.SnapshotMatches);
        Assert.False(result.Matches);
    }

    [Theory, BothProviders]
    public async Task A_redraw_needs_a_reason_and_keeps_the_first_draw_on_record(DatabaseProvider provider)
    {
        using var database = new SpotChecksDatabase(provider);
        var (plan, first) = await database.PlanAndDrawAsync();
        await using var db = database.Context("11");
        var drawing = database.Drawing(db);

        Assert.Contains("reason", (await drawing.DrawAsync(SpotChecksDatabase.BeijingAdmin, plan.Id)).Failure!.Message);
        Assert.Contains("reason", (await drawing.RedrawAsync(SpotChecksDatabase.BeijingAdmin, plan.Id, " ")).Failure!.Message);
        var second = await drawing.RedrawAsync(SpotChecksDatabase.BeijingAdmin, plan.Id, "被抽中的平台已注销，依规重新抽取");
        Assert.Null(second.Failure);

        var draws = await db.SpotCheckDraws.AsNoTracking().Where(d => d.PlanId == plan.Id).OrderBy(d => d.Attempt).ToListAsync();
        Assert.Equal([DrawState.Superseded, DrawState.Completed], draws.Select(d => d.State));
        Assert.Equal("被抽中的平台已注销，依规重新抽取", draws[1].RedrawReason);
        Assert.NotNull(draws[0].ResultHash);
        Assert.All(await db.SpotCheckTasks.Where(t => t.DrawId == first.Value.Id).ToListAsync(), t => Assert.Equal(SpotCheckTaskStatus.Cancelled, t.Status));
        Assert.True((await DrawVerification.VerifyAsync(db, draws[0], false, default))!.Matches);
        Assert.Contains(await db.AuditEntries.Select(a => a.Action).ToListAsync(), a => a == AuditActions.SpotCheckRedrawn);
    }

    [Theory, BothProviders]
    public async Task Too_few_inspectors_after_exclusions_fails_the_draw_with_its_reason_on_record(DatabaseProvider provider)
    {
        using var database = new SpotChecksDatabase(provider);
        await using (var db = database.Context(null))
        {
            // Four of five Beijing inspectors declared a conflict with every Beijing platform: one remains, two are needed.
            foreach (var inspector in database.BeijingInspectors.Take(4))
                foreach (var platform in database.Beijing)
                    db.InspectorConflicts.Add(new InspectorConflict { InspectorId = inspector.Id, PlatformId = platform.Id, ProvinceCode = "11", Kind = ConflictKind.Relation });
            await db.SaveChangesAsync();
        }
        var (plan, attempt) = await database.PlanAndDrawAsync();
        Assert.Contains("only 1 eligible inspectors remain", attempt.Failure!.Message);
        await using var check = database.Context(null);
        var draw = await check.SpotCheckDraws.SingleAsync(d => d.PlanId == plan.Id);
        Assert.Equal(DrawState.Failed, draw.State);
        Assert.Contains("eligible inspectors", draw.FailureReason);
        Assert.Empty(await check.SpotCheckTasks.Where(t => t.PlanId == plan.Id).ToListAsync());
        Assert.Equal(PlanStatus.Draft, (await check.SpotCheckPlans.SingleAsync(p => p.Id == plan.Id)).Status);
    }

    [Theory, BothProviders]
    public async Task Declared_conflicts_are_honoured_in_a_real_draw(DatabaseProvider provider)
    {
        using var database = new SpotChecksDatabase(provider);
        var conflicted = database.BeijingInspectors[0];
        await using (var db = database.Context("11"))
        {
            var directory = new InspectorDirectory(db, database.Audit(db), database.Clock);
            // The inspector declares it themselves; an administrator of another province cannot even find them.
            Assert.True((await directory.DeclareConflictAsync(SpotChecksDatabase.Inspector(conflicted.UserId!), conflicted.Id, database.Beijing[0].Id, ConflictKind.FormerEmployment, "曾任职")).Succeeded);
            Assert.True((await directory.DeclareConflictAsync(SpotChecksDatabase.BeijingAdmin, conflicted.Id, database.Beijing[1].Id, ConflictKind.Relation, null)).Succeeded);
            // Another inspector of the province finds the officer but may not declare for them.
            Assert.Equal(StepStatus.Refused, (await directory.DeclareConflictAsync(SpotChecksDatabase.Inspector("u-another-inspector"), conflicted.Id, database.Beijing[2].Id, ConflictKind.Relation, null)).Status);
            Assert.Equal(StepStatus.Refused, (await directory.SetAvailableAsync(SpotChecksDatabase.Inspector(conflicted.UserId!), conflicted.Id, false)).Status);
        }
        await using (var guangdong = database.Context("44"))
            Assert.Equal(StepStatus.NotFound, (await new InspectorDirectory(guangdong, database.Audit(guangdong), database.Clock)
                .DeclareConflictAsync(SpotChecksDatabase.GuangdongAdmin, conflicted.Id, database.Guangdong[0].Id, ConflictKind.Relation, null)).Status);

        var (plan, attempt) = await database.PlanAndDrawAsync(sample: 6);
        Assert.Null(attempt.Failure);
        await using var check = database.Context(null);
        var tasks = await check.SpotCheckTasks.Include(t => t.Inspectors).Where(t => t.PlanId == plan.Id).ToListAsync();
        Assert.Equal(6, tasks.Count);
        Assert.All(tasks.Where(t => t.PlatformId == database.Beijing[0].Id || t.PlatformId == database.Beijing[1].Id),
            t => Assert.DoesNotContain(t.Inspectors, i => i.InspectorId == conflicted.Id));
    }

    [Theory, BothProviders]
    public async Task A_plan_of_another_province_is_not_found_and_only_an_administrator_plans(DatabaseProvider provider)
    {
        using var database = new SpotChecksDatabase(provider);
        var (plan, _) = await database.PlanAndDrawAsync();
        await using var guangdong = database.Context("44");
        Assert.Equal(StepStatus.NotFound, (await database.Drawing(guangdong).RedrawAsync(SpotChecksDatabase.GuangdongAdmin, plan.Id, "跨省尝试重新抽取")).Status);
        Assert.Empty(await guangdong.SpotCheckDraws.ToListAsync());
        Assert.Empty(await database.Tasks(guangdong).ListAsync(SpotChecksDatabase.GuangdongAdmin));

        await using var beijing = database.Context("11");
        var refused = await database.Planning(beijing).CreateAsync(SpotChecksDatabase.Inspector("u1"), new SpotCheckPlanDraft("x", null, default, default,
            TargetKind.Platform, 0, [3], 1, null, false, 2, 0, 0, 5));
        Assert.Equal(StepStatus.Refused, refused.Status);
        var invalid = await database.Planning(beijing).CreateAsync(SpotChecksDatabase.BeijingAdmin, new SpotCheckPlanDraft("单人检查", Domain.Common.Agency.Cyberspace,
            new DateOnly(2026, 12, 1), new DateOnly(2026, 12, 31), TargetKind.Platform, 0, [3, 14], 1, 5, false, 1, 0, 0, 5));
        Assert.Contains(nameof(SpotCheckPlanDraft.InspectorsPerTask), invalid.Failure!.FieldErrors.Keys);
        Assert.Contains(nameof(SpotCheckPlanDraft.SampleSize), invalid.Failure!.FieldErrors.Keys);
        Assert.Contains(nameof(SpotCheckPlanDraft.CheckItemIds), invalid.Failure!.FieldErrors.Keys);
    }

    [Theory, BothProviders]
    public async Task Risk_weighting_gives_reported_platforms_heavier_weights_in_the_snapshot(DatabaseProvider provider)
    {
        using var database = new SpotChecksDatabase(provider);
        var reported = database.Beijing[2];
        await using (var db = database.Context(null))
        {
            for (var i = 0; i < 4; i++)
                db.ReportCases.Add(new Domain.Reports.ReportCase
                {
                    CaseKey = $"p{reported.Id}|a:{i}", CategoryId = 2, ProvinceCode = "11", PlatformId = reported.Id, AccountLabel = "x", Status = Domain.Reports.CaseStatus.Open,
                    FirstReceivedUtc = SpotChecksDatabase.Now.UtcDateTime.AddDays(-30), LastReceivedUtc = SpotChecksDatabase.Now.UtcDateTime.AddDays(-30), DueUtc = SpotChecksDatabase.Now.UtcDateTime,
                });
            await db.SaveChangesAsync();
        }
        var (plan, _) = await database.PlanAndDrawAsync(risk: true, sample: 1);
        await using var check = database.Context(null);
        var snapshot = DrawSnapshot.Parse(DrawSnapshot.Decompress((await check.SpotCheckDraws.SingleAsync(d => d.PlanId == plan.Id)).SnapshotGzip!));
        Assert.Equal(RiskWeight.Of(4, 0, CreditRiskLevel.None), snapshot.Members.Single(m => m.TargetId == reported.Id).Weight);
        Assert.All(snapshot.Members.Where(m => m.TargetId != reported.Id), m => Assert.Equal(RiskWeight.Base, m.Weight));
    }

    [Theory, BothProviders]
    public async Task Risk_weighting_counts_report_cases_about_a_publishers_account_on_its_own_platform(DatabaseProvider provider)
    {
        using var database = new SpotChecksDatabase(provider);
        long reported, other;
        await using (var db = database.Context(null))
        {
            var filings = await db.Filings.OrderBy(f => f.Id).Select(f => new { f.Id, f.PlatformId, f.PlatformPublisherId }).ToListAsync();
            var target = filings[0];
            var neighbour = filings.First(f => f.PlatformId != target.PlatformId);
            (reported, other) = (target.Id, neighbour.Id);
            // Three cases about pub0's account on its platform count; a room on that platform, and pub0's account id on
            // another platform (someone else's account there), do not.
            var keys = new[]
            {
                $"p{target.PlatformId}|a:{target.PlatformPublisherId}", $"p{target.PlatformId}|a:{target.PlatformPublisherId}", $"p{target.PlatformId}|a:{target.PlatformPublisherId}",
                $"p{target.PlatformId}|r:{target.PlatformPublisherId}", $"p{neighbour.PlatformId}|a:{target.PlatformPublisherId}",
            };
            foreach (var key in keys)
                db.ReportCases.Add(new Domain.Reports.ReportCase
                {
                    CaseKey = key, CategoryId = 2, ProvinceCode = "11", PlatformId = int.Parse(key[1..key.IndexOf('|')]), AccountLabel = "x", Status = Domain.Reports.CaseStatus.Open,
                    FirstReceivedUtc = SpotChecksDatabase.Now.UtcDateTime.AddDays(-30), LastReceivedUtc = SpotChecksDatabase.Now.UtcDateTime.AddDays(-30), DueUtc = SpotChecksDatabase.Now.UtcDateTime,
                });
            await db.SaveChangesAsync();
        }
        var (plan, _) = await database.PlanAndDrawAsync(TargetKind.Publisher, risk: true, sample: 1);
        await using var check = database.Context(null);
        var snapshot = DrawSnapshot.Parse(DrawSnapshot.Decompress((await check.SpotCheckDraws.SingleAsync(d => d.PlanId == plan.Id)).SnapshotGzip!));
        Assert.Equal(RiskWeight.Of(3, 0, CreditRiskLevel.None), snapshot.Members.Single(m => m.TargetId == reported).Weight);
        Assert.Equal(RiskWeight.Base, snapshot.Members.Single(m => m.TargetId == other).Weight);
    }
}
