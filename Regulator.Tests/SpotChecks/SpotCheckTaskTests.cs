using Regulator.Domain.Common;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Regulator.Domain.SpotChecks;
using Regulator.Tests.Infrastructure;

namespace Regulator.Tests.SpotChecks;

/// <summary>Tasks: who sees and records what, results and follow-up, closing, publication and the credit feed.</summary>
public class SpotCheckTaskTests
{
    [Theory, BothProviders]
    public async Task An_inspector_sees_and_records_only_their_own_tasks_and_another_province_sees_none(DatabaseProvider provider)
    {
        using var database = new SpotChecksDatabase(provider);
        var (plan, _) = await database.PlanAndDrawAsync(sample: 3);
        await using var db = database.Context("11");
        var tasks = database.Tasks(db);
        var all = await tasks.ListAsync(SpotChecksDatabase.BeijingAdmin);
        Assert.Equal(3, all.Count);
        var task = (await tasks.FindAsync(SpotChecksDatabase.BeijingAdmin, all[0].Id))!;
        var mine = task.Inspectors[0].UserId!;
        var other = database.BeijingInspectors.Select(i => i.UserId!).First(u => task.Inspectors.All(i => i.UserId != u));

        Assert.Contains(await tasks.ListAsync(SpotChecksDatabase.Inspector(mine)), t => t.Id == task.Id);
        Assert.DoesNotContain(await tasks.ListAsync(SpotChecksDatabase.Inspector(other)), t => t.Id == task.Id);
        Assert.Null(await tasks.FindAsync(SpotChecksDatabase.Inspector(other), task.Id));
        Assert.Equal(StepStatus.NotFound, (await tasks.RecordAsync(SpotChecksDatabase.Inspector(other), task.Id, 3, CheckOutcome.NoProblem, null, null)).Status);
        // The administrator sees the task but records nothing: results are the drawn inspectors' to record.
        Assert.Equal(StepStatus.Refused, (await tasks.RecordAsync(SpotChecksDatabase.BeijingAdmin, task.Id, 3, CheckOutcome.NoProblem, null, null)).Status);

        await using var guangdong = database.Context("44");
        var foreign = database.Tasks(guangdong);
        Assert.Null(await foreign.FindAsync(SpotChecksDatabase.GuangdongAdmin, task.Id));
        Assert.Null(await foreign.FindAsync(SpotChecksDatabase.Inspector(mine, "44"), task.Id));
        Assert.Equal(StepStatus.NotFound, (await foreign.RecordAsync(SpotChecksDatabase.Inspector(mine, "44"), task.Id, 3, CheckOutcome.NoProblem, null, null)).Status);
    }

    [Theory, BothProviders]
    public async Task Results_close_tasks_then_the_plan_which_is_published_after_the_configured_working_days(DatabaseProvider provider)
    {
        using var database = new SpotChecksDatabase(provider);
        var (plan, _) = await database.PlanAndDrawAsync(sample: 2);
        await using (var db = database.Context("11"))
        {
            var tasks = database.Tasks(db);
            var list = await tasks.ListAsync(SpotChecksDatabase.BeijingAdmin);
            var first = (await tasks.FindAsync(SpotChecksDatabase.BeijingAdmin, list[0].Id))!;
            var second = (await tasks.FindAsync(SpotChecksDatabase.BeijingAdmin, list[1].Id))!;
            var inspectorA = SpotChecksDatabase.Inspector(first.Inspectors[0].UserId!);
            var inspectorB = SpotChecksDatabase.Inspector(second.Inspectors[1].UserId!);

            Assert.Contains("describe", (await tasks.RecordAsync(inspectorA, first.Id, 3, CheckOutcome.RectificationOrdered, null, new DateOnly(2026, 12, 10))).Failure!.Message);
            Assert.Contains("date after today", (await tasks.RecordAsync(inspectorA, first.Id, 3, CheckOutcome.RectificationOrdered, "巡查记录缺失", null)).Failure!.Message);
            Assert.Contains("not in this plan", (await tasks.RecordAsync(inspectorA, first.Id, 14, CheckOutcome.NoProblem, null, null)).Failure!.Message);
            Assert.Null((await tasks.RecordAsync(inspectorA, first.Id, 3, CheckOutcome.RectificationOrdered, "值班巡查记录缺失", new DateOnly(2026, 12, 10))).Failure);
            Assert.Null((await tasks.RecordAsync(inspectorA, first.Id, 10, CheckOutcome.NoProblem, null, null)).Failure);
            Assert.Equal(SpotCheckTaskStatus.AwaitingRectification, (await tasks.FindAsync(inspectorA, first.Id))!.Status);
            Assert.Contains("not due yet", (await tasks.FollowUpAsync(inspectorA, first.Id, 3, false, new DateOnly(2026, 11, 23), null)).Failure!.Message);
            Assert.Null((await tasks.FollowUpAsync(SpotChecksDatabase.BeijingAdmin, first.Id, 3, true, new DateOnly(2026, 11, 23), "复查已整改")).Failure);
            Assert.Equal(SpotCheckTaskStatus.Closed, (await tasks.FindAsync(inspectorA, first.Id))!.Status);

            Assert.Null((await tasks.RecordAsync(inspectorB, second.Id, 3, CheckOutcome.ViolationReferred, "未落实信息审核制度，移交立案", null)).Failure);
            Assert.Null((await tasks.RecordAsync(inspectorB, second.Id, 10, CheckOutcome.NoProblem, null, null)).Failure);
        }

        await using var check = database.Context(null);
        var closed = await check.SpotCheckPlans.SingleAsync(p => p.Id == plan.Id);
        Assert.Equal(PlanStatus.Closed, closed.Status);
        // Monday 23 November 2026 plus five working days.
        Assert.Equal(new DateOnly(2026, 11, 30), closed.PublishOn);

        var publicRecord = database.Public(check);
        Assert.Empty(await publicRecord.ListAsync());
        database.Clock.Now = new DateTimeOffset(2026, 11, 30, 9, 0, 0, TimeSpan.FromHours(8));
        var listed = Assert.Single(await publicRecord.ListAsync());
        Assert.Equal(6, listed.PopulationSize);
        Assert.Equal(2, listed.Drawn);
        Assert.Equal(2, listed.WithProblems);

        var facts = await new SpotCheckFacts(check).ReadAsync(take: 3);
        Assert.Equal(3, facts.Facts.Count);
        var rest = await new SpotCheckFacts(check).ReadAsync(facts.NextCursor);
        Assert.Single(rest.Facts);
        Assert.Null(rest.NextCursor);
        Assert.Contains(facts.Facts.Concat(rest.Facts), f => f is { Outcome: CheckOutcome.RectificationOrdered, RectifiedOn: not null, LegalBasis: "《互联网直播服务管理规定》第7条" });
    }

    [Theory, BothProviders]
    public async Task The_public_record_names_organisations_masks_individuals_and_shows_no_identity_number(DatabaseProvider provider)
    {
        using var database = new SpotChecksDatabase(provider);
        var (plan, _) = await database.PlanAndDrawAsync(TargetKind.Publisher, sample: 40);
        await using (var db = database.Context("11"))
        {
            var tasks = database.Tasks(db);
            foreach (var row in await tasks.ListAsync(SpotChecksDatabase.BeijingAdmin, take: 500))
            {
                var task = (await tasks.FindAsync(SpotChecksDatabase.BeijingAdmin, row.Id))!;
                var inspector = SpotChecksDatabase.Inspector(task.Inspectors[0].UserId!);
                foreach (var item in new[] { 12, 13 }) Assert.Null((await tasks.RecordAsync(inspector, task.Id, item, CheckOutcome.NoProblem, null, null)).Failure);
            }
        }
        database.Clock.Now = database.Clock.Now.AddDays(30);
        await using var anyone = database.Context(null);
        var detail = (await database.Public(anyone).FindAsync(plan.Id))!;
        Assert.Equal(40, detail.Targets.Count);
        Assert.Contains(detail.Targets, t => t.TargetLabel.StartsWith("北京星河文化传媒有限公司"));
        Assert.Contains(detail.Targets, t => t.TargetLabel == "张****");
        Assert.DoesNotContain(detail.Targets, t => t.TargetLabel.StartsWith("张三"));
        var json = JsonSerializer.Serialize(detail);
        Assert.DoesNotContain("110105", json);
        Assert.DoesNotContain("检查员", json);
        Assert.Single(detail.Draws);
        Assert.Equal(16, detail.Draws[0].SeedHex.Length);
        Assert.True((await database.Public(anyone).VerifyAsync(detail.Draws[0].Id))!.Matches);
    }

    [Theory, BothProviders]
    public async Task Evidence_is_checked_by_content_and_size_and_served_only_to_who_may_see_the_task(DatabaseProvider provider)
    {
        using var database = new SpotChecksDatabase(provider);
        await database.PlanAndDrawAsync(sample: 1);
        await using var db = database.Context("11");
        var tasks = database.Tasks(db);
        var task = (await tasks.FindAsync(SpotChecksDatabase.BeijingAdmin, (await tasks.ListAsync(SpotChecksDatabase.BeijingAdmin))[0].Id))!;
        var inspector = SpotChecksDatabase.Inspector(task.Inspectors[0].UserId!);
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3];

        Assert.Contains("only PDF, JPEG and PNG", (await tasks.AddEvidenceAsync(inspector, task.Id, "x.png", "<html><script>"u8.ToArray())).Failure!.Message);
        Assert.Contains("does not match", (await tasks.AddEvidenceAsync(inspector, task.Id, "x.html", png)).Failure!.Message);
        Assert.Contains("larger than", (await tasks.AddEvidenceAsync(inspector, task.Id, "big.pdf", [.. "%PDF-"u8, .. new byte[5000]])).Failure!.Message);
        Assert.Contains("empty", (await tasks.AddEvidenceAsync(inspector, task.Id, "e.pdf", [])).Failure!.Message);
        Assert.Null((await tasks.AddEvidenceAsync(inspector, task.Id, "../../etc/现场截图.png", png)).Failure);

        var stored = Assert.Single(await tasks.EvidenceAsync(SpotChecksDatabase.BeijingAdmin, task.Id));
        Assert.Equal("现场截图.png", stored.FileName);
        Assert.Equal("image/png", stored.ContentType);
        Assert.Equal(png, (await tasks.EvidenceFileAsync(inspector, stored.Id))!.Content);
        var other = database.BeijingInspectors.Select(i => i.UserId!).First(u => task.Inspectors.All(i => i.UserId != u));
        Assert.Null(await tasks.EvidenceFileAsync(SpotChecksDatabase.Inspector(other), stored.Id));
        await using var guangdong = database.Context("44");
        Assert.Null(await database.Tasks(guangdong).EvidenceFileAsync(SpotChecksDatabase.GuangdongAdmin, stored.Id));
    }
}
