using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Regulator.Domain.Jobs;
using Regulator.Domain.Persistence;
using Regulator.Domain.Scoping;
using Regulator.Tests.Infrastructure;
using Regulator.Tests.Persistence;
using Regulator.Tests.Shared;
using Regulator.Web.Identity;
using Regulator.Web.Jobs;
using Regulator.Web.Shared;

namespace Regulator.Tests.Jobs;

/// <summary>
/// A run's progress in the interactive jobs page: it follows the run's record over the circuit (no fragment, no
/// polling request, no address change) and ends in one state, the outcome, with the bar gone.
/// </summary>
public sealed class JobRunProgressTests : MudComponentTest
{
    private readonly MutableActor _actor = new();
    private TestDatabase _database = null!;

    public JobRunProgressTests()
    {
        Services.AddTransient<ICurrentActor>(_ => _actor.Current);
        Services.AddHttpContextAccessor();
        Services.AddScoped<PortalActor>();
        Services.AddScoped<PortalOperations>();
        Services.AddSingleton<IDbContextFactory<RegulatorDbContext>>(_ => new Contexts(_database));
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
    }

    public override async Task InitializeAsync() => _database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);

    protected override Task AfterDisposeAsync()
    {
        _database.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task A_running_job_shows_its_progress_live_and_ends_showing_only_its_outcome()
    {
        var run = await SaveAsync(new JobRun { JobName = "inspection", Node = "test", StartedUtc = DateTime.UtcNow, Outcome = JobRunOutcome.Running, ProgressPercent = 35, ProgressNote = "5/12 星光直播" });
        var cut = Render<JobRunProgress>(p => p.Add(c => c.Run, run));
        Assert.Equal("35", cut.Find("[data-percent]").GetAttribute("data-percent"));
        Assert.Contains("5/12 星光直播", cut.Markup);

        await UpdateAsync(run.Id, r => { r.ProgressPercent = 80; r.ProgressNote = "PDF 10/12"; });
        cut.WaitForAssertion(() => Assert.Equal("80", cut.Find("[data-percent]").GetAttribute("data-percent")), TimeSpan.FromSeconds(10));

        await UpdateAsync(run.Id, r => { r.Outcome = JobRunOutcome.Succeeded; r.ProgressPercent = 100; r.Produced = "巡查 12 个平台"; r.ProducedHref = "/jobs/inspections/3"; });
        cut.WaitForAssertion(() => Assert.Equal("Succeeded", cut.Find($"#run-progress-history-{run.Id}").GetAttribute("data-outcome")), TimeSpan.FromSeconds(10));
        Assert.Contains("成功", cut.Markup);
        Assert.DoesNotContain("运行中", cut.Markup);
        Assert.Empty(cut.FindAll("[data-percent]"));
        Assert.Equal("/jobs/inspections/3", cut.Find("a").GetAttribute("href"));
    }

    [Fact]
    public void A_reading_of_the_page_older_than_the_components_own_never_takes_an_ended_run_back_to_running()
    {
        var ended = new JobRun { Id = 42, Outcome = JobRunOutcome.Succeeded, Produced = "巡查 12 个平台", ProducedHref = "/jobs/inspections/3" };
        var cut = Render<JobRunProgress>(p => p.Add(c => c.Run, ended));
        cut.Render(p => p.Add(c => c.Run, new JobRun { Id = 42, Outcome = JobRunOutcome.Running, ProgressPercent = 90 }));

        Assert.Equal("Succeeded", cut.Find("#run-progress-history-42").GetAttribute("data-outcome"));
        Assert.DoesNotContain("运行中", cut.Markup);
    }

    [Fact]
    public void A_provincial_user_sees_neither_the_national_note_nor_the_national_summary_only_the_link_to_their_part()
    {
        _actor.Current = new ScopedActor("11");
        var running = Render<JobRunProgress>(p => p.Add(c => c.Run, new JobRun { Id = 41, Outcome = JobRunOutcome.Running, ProgressPercent = 35, ProgressNote = "5/36 粤直播" }));
        var finished = Render<JobRunProgress>(p => p.Add(c => c.Run,
            new JobRun { Id = 42, Outcome = JobRunOutcome.Succeeded, Produced = "巡查 36 个平台，发现问题 126 项", ProducedHref = "/jobs/inspections/3" }));

        Assert.DoesNotContain("粤直播", running.Markup);
        Assert.DoesNotContain("36", finished.Find("#run-progress-history-42").TextContent);
        Assert.Equal("/jobs/inspections/3", finished.Find("a").GetAttribute("href"));
    }

    private async Task<JobRun> SaveAsync(JobRun run)
    {
        await using var db = _database.CreateContext();
        db.JobRuns.Add(run);
        await db.SaveChangesAsync();
        return run;
    }

    private async Task UpdateAsync(long id, Action<JobRun> change)
    {
        await using var db = _database.CreateContext();
        change(await db.JobRuns.SingleAsync(r => r.Id == id));
        await db.SaveChangesAsync();
    }

    private sealed class Contexts(TestDatabase database) : IDbContextFactory<RegulatorDbContext>
    {
        public RegulatorDbContext CreateDbContext() => database.CreateContext();
    }

    private sealed class MutableActor
    {
        public ICurrentActor Current { get; set; } = new ScopedActor(null, IsNational: true);
    }
}
