using Bunit;
using Regulator.Domain.Jobs;
using Regulator.Tests.Shared;
using Regulator.Web.Jobs;

namespace Regulator.Tests.Jobs;

public sealed class JobRunProgressTests : ComponentTest
{
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
}
