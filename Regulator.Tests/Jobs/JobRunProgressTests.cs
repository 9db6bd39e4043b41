using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Regulator.Domain.Jobs;
using Regulator.Domain.Scoping;
using Regulator.Tests.Persistence;
using Regulator.Tests.Shared;
using Regulator.Web.Jobs;

namespace Regulator.Tests.Jobs;

public sealed class JobRunProgressTests : ComponentTest
{
    private readonly MutableActor _actor = new();

    public JobRunProgressTests() => Services.AddTransient<ICurrentActor>(_ => _actor.Current);

    [Fact]
    public void A_running_job_polls_for_its_own_progress_every_two_seconds()
    {
        var cut = Render<JobRunProgress>(p => p.Add(c => c.Run, new JobRun { Id = 42, Outcome = JobRunOutcome.Running, ProgressPercent = 35, ProgressNote = "5/12 星光直播" }));

        var region = cut.Find("#run-progress-history-42");
        Assert.Equal("/jobs/runs/42/progress?place=history", region.GetAttribute("hx-get"));
        Assert.Equal("every 2s", region.GetAttribute("hx-trigger"));
        Assert.Equal("outerHTML", region.GetAttribute("hx-swap"));
        Assert.Equal("35", cut.Find("progress").GetAttribute("value"));
        Assert.Contains("5/12 星光直播", region.TextContent);
    }

    [Fact]
    public void A_finished_job_stops_polling_and_links_to_what_it_produced()
    {
        var cut = Render<JobRunProgress>(p => p.Add(c => c.Run, new JobRun { Id = 42, Outcome = JobRunOutcome.Succeeded, Produced = "巡查 12 个平台", ProducedHref = "/jobs/inspections/3" }));

        var region = cut.Find("#run-progress-history-42");
        Assert.False(region.HasAttribute("hx-trigger"));
        Assert.Contains("成功", region.TextContent);
        Assert.Equal("/jobs/inspections/3", cut.Find("a").GetAttribute("href"));
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

    private sealed class MutableActor
    {
        public ICurrentActor Current { get; set; } = new ScopedActor(null, IsNational: true);
    }
}
