using Microsoft.EntityFrameworkCore;
using Regulator.Domain.Common;
using Regulator.Domain.Filings;
using Regulator.Domain.SpotChecks;
using Regulator.Tests.Infrastructure;

namespace Regulator.Tests.SpotChecks;

/// <summary>The planning steps behind the plan pages: editing a draft, publishing early, the plan list and the draw's progress.</summary>
public class SpotCheckPlanningTests
{
    private static SpotCheckPlanDraft Draft(string title, int sample = 2) =>
        new(title, Agency.Cyberspace, new DateOnly(2026, 11, 24), new DateOnly(2026, 12, 31), TargetKind.Platform, ContentKinds.None, [3, 10], sample, null, false, 2, 0, 0, 10);

    [Theory, BothProviders]
    public async Task A_draft_is_edited_by_its_provinces_administrator_only_and_not_once_drawn(DatabaseProvider provider)
    {
        using var database = new SpotChecksDatabase(provider);
        await using var db = database.Context("11");
        var planning = database.Planning(db);
        var plan = (await planning.CreateAsync(SpotChecksDatabase.BeijingAdmin, Draft("第一稿"))).Value;

        var edited = await planning.UpdateAsync(SpotChecksDatabase.BeijingAdmin, plan.Id, Draft("第二稿", sample: 4));
        Assert.Equal("第二稿", edited.Value.Title);
        Assert.Equal(4, edited.Value.SampleSize);
        Assert.Contains("PeriodEnd", (await planning.UpdateAsync(SpotChecksDatabase.BeijingAdmin, plan.Id, Draft("第三稿") with { PeriodEnd = new DateOnly(2026, 1, 1) })).Failure!.FieldErrors.Keys);
        Assert.Equal(StepStatus.Refused, (await planning.UpdateAsync(SpotChecksDatabase.Inspector("u1"), plan.Id, Draft("检查员改"))).Status);
        Assert.True(await db.AuditEntries.AnyAsync(e => e.Action == Domain.Auditing.AuditActions.SpotCheckPlanChanged && e.RecordId == plan.Id.ToString()));

        await using (var guangdong = database.Context("44"))
        {
            Assert.Equal(StepStatus.NotFound, (await database.Planning(guangdong).UpdateAsync(SpotChecksDatabase.GuangdongAdmin, plan.Id, Draft("跨省修改"))).Status);
            Assert.Null(await database.Planning(guangdong).FindAsync(plan.Id));
        }

        Assert.Null((await database.Drawing(db).DrawAsync(SpotChecksDatabase.BeijingAdmin, plan.Id)).Failure);
        var afterDraw = await database.Planning(db).UpdateAsync(SpotChecksDatabase.BeijingAdmin, plan.Id, Draft("抽取后修改"));
        Assert.Equal(StepStatus.Conflict, afterDraw.Status);
        Assert.Contains("drawn", afterDraw.Failure!.Message);
    }

    [Theory, BothProviders]
    public async Task The_draw_reports_each_part_in_order_and_the_plan_list_counts_its_tasks(DatabaseProvider provider)
    {
        using var database = new SpotChecksDatabase(provider);
        await using var db = database.Context("11");
        var plan = (await database.Planning(db).CreateAsync(SpotChecksDatabase.BeijingAdmin, Draft("进度", sample: 3))).Value;
        var stages = new List<DrawProgress>();
        var attempt = await database.Drawing(db).DrawAsync(SpotChecksDatabase.BeijingAdmin, plan.Id, progress: new Recorder(stages));

        Assert.Equal(Enum.GetValues<DrawStage>(), stages.Select(s => s.Stage));
        Assert.All(stages, s => Assert.Equal(attempt.Value.SeedHex, s.SeedHex));
        Assert.Equal(6, stages[^1].PopulationSize);

        var rows = await new SpotCheckPlanSearch(Status: PlanStatus.InProgress).PageAsync(db, new ListRequest());
        var row = Assert.Single(rows.Items);
        Assert.Equal((plan.Id, 3, 0), (row.Id, row.Tasks, row.ClosedTasks));
        Assert.Empty((await new SpotCheckPlanSearch(JointOnly: true).PageAsync(db, new ListRequest())).Items);
        await using var guangdong = database.Context("44");
        Assert.Equal(0, (await new SpotCheckPlanSearch().PageAsync(guangdong, new ListRequest())).Total);
    }

    [Theory, BothProviders]
    public async Task A_closed_plan_is_published_early_by_its_administrator_and_not_before_it_closes(DatabaseProvider provider)
    {
        using var database = new SpotChecksDatabase(provider);
        var (plan, _) = await database.PlanAndDrawAsync(sample: 1);
        await using var db = database.Context("11");
        var planning = database.Planning(db);
        Assert.Contains("closed", (await planning.PublishNowAsync(SpotChecksDatabase.BeijingAdmin, plan.Id)).Failure!.Message);

        var tasks = database.Tasks(db);
        var task = (await tasks.ListAsync(SpotChecksDatabase.BeijingAdmin, plan.Id)).Single();
        var inspector = SpotChecksDatabase.Inspector((await tasks.FindAsync(SpotChecksDatabase.BeijingAdmin, task.Id))!.Inspectors[0].UserId!);
        foreach (var item in plan.CheckItemIds) Assert.Null((await tasks.RecordAsync(inspector, task.Id, item, CheckOutcome.NoProblem, null, null)).Failure);
        await using (var anyone = database.Context(null)) Assert.Null(await database.Public(anyone).FindAsync(plan.Id));

        Assert.Equal(StepStatus.Refused, (await planning.PublishNowAsync(inspector, plan.Id)).Status);
        await using (var guangdong = database.Context("44")) Assert.Equal(StepStatus.NotFound, (await database.Planning(guangdong).PublishNowAsync(SpotChecksDatabase.GuangdongAdmin, plan.Id)).Status);
        var published = await planning.PublishNowAsync(SpotChecksDatabase.BeijingAdmin, plan.Id);
        Assert.Equal(ChinaTime.Today(database.Clock), published.Value.PublishOn);
        await using (var anyone = database.Context(null)) Assert.NotNull(await database.Public(anyone).FindAsync(plan.Id));
    }

    /// <summary>Records synchronously (Progress&lt;T&gt; would post to a context the test has not got).</summary>
    private sealed class Recorder(List<DrawProgress> stages) : IProgress<DrawProgress>
    {
        public void Report(DrawProgress value) => stages.Add(value);
    }
}
