using Hangfire.Common;
using Microsoft.Extensions.DependencyInjection;
using Regulator.Domain.Jobs;
using Regulator.Tests.Infrastructure;
using Regulator.Web.Jobs.Scheduling;

namespace Regulator.Tests.Jobs;

/// <summary>Jobs that fail: retried with back-off, then marked failed with their error, without stopping the others.</summary>
public sealed class JobFailureTests
{
    [Fact]
    public async Task A_job_that_throws_is_retried_then_marked_failed_and_other_jobs_still_run()
    {
        await using var portal = new JobsPortal(DatabaseProvider.Sqlite);
        string failingId;
        await using (var scope = portal.Services.CreateAsyncScope())
            failingId = await scope.ServiceProvider.GetRequiredService<JobControl>().EnqueueAsync(Job.FromExpression<FailingJob>(j => j.Run()));
        await RunNowAsync(portal, RecurringJobs.Inspection);

        var failing = await portal.WaitForRunsAsync(nameof(FailingJob), runs => runs.Any(r => r.Outcome == JobRunOutcome.Failed));
        var inspection = await portal.WaitForRunsAsync(RecurringJobs.Inspection.Name, runs => runs.Any(r => r.Outcome != JobRunOutcome.Running));

        // Two retries after the first failure, one second and then two seconds later.
        Assert.Equal([(0, JobRunOutcome.RetryScheduled), (1, JobRunOutcome.RetryScheduled), (2, JobRunOutcome.Failed)], failing.Select(r => (r.Attempt, r.Outcome)));
        Assert.All(failing, r => Assert.Contains(FailingJob.Message, r.Error));
        var done = Assert.Single(inspection);
        Assert.True(done.Outcome == JobRunOutcome.Succeeded, $"The inspection ended {done.Outcome}: {done.Error}");
        Assert.Equal(100, done.ProgressPercent);
        Assert.StartsWith("巡查 12 个平台", done.Produced);

        // Hangfire's own dashboard shows the same job failed, with the same error, after the same retries.
        var monitoring = portal.Services.GetRequiredService<Hangfire.JobStorage>().GetMonitoringApi();
        var failed = Assert.Single(monitoring.FailedJobs(0, 10), j => j.Key == failingId).Value;
        Assert.Contains(FailingJob.Message, failed.ExceptionMessage);
        // The back-off is read from the retries Hangfire scheduled, not from when they ran: a busy machine delays a
        // start, never the wait that was chosen.
        var waits = monitoring.JobDetails(failingId).History
            .Where(h => h.StateName == Hangfire.States.ScheduledState.StateName)
            .Select(h => JobHelper.DeserializeDateTime(h.Data["EnqueueAt"]) - JobHelper.DeserializeDateTime(h.Data["ScheduledAt"]))
            .Reverse().ToList();
        Assert.Equal([TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2)], waits.Select(w => TimeSpan.FromSeconds(Math.Round(w.TotalSeconds))));
        var client = await portal.SignInAsync("national.admin");
        var dashboard = await client.GetStringAsync($"/jobs/hangfire/jobs/details/{failingId}");
        Assert.Contains(FailingJob.Message, System.Net.WebUtility.HtmlDecode(dashboard));
        Assert.Contains("Failed", dashboard);
    }

    [Fact]
    public async Task Without_Chromium_the_inspection_fails_with_a_clear_message_on_the_jobs_page_instead_of_hanging()
    {
        await using var portal = new JobsPortal(DatabaseProvider.Sqlite, new Dictionary<string, string?> { ["Pdf:ChromiumPath"] = "/nonexistent/chromium" });
        await RunNowAsync(portal, RecurringJobs.Inspection);

        var runs = await portal.WaitForRunsAsync(RecurringJobs.Inspection.Name, runs => runs.Any(r => r.Outcome == JobRunOutcome.Failed));

        Assert.Equal([JobRunOutcome.RetryScheduled, JobRunOutcome.RetryScheduled, JobRunOutcome.Failed], runs.Select(r => r.Outcome));
        Assert.True(runs[^1].Error!.Contains("找不到 Chromium：/nonexistent/chromium"), runs[^1].Error);
        var client = await portal.SignInAsync("national.admin");
        var page = await HtmlPage.GetAsync(client, "/jobs?job=inspection&outcome=Failed");
        var row = Assert.Single(page.QuerySelectorAll("[data-list=job-runs] tbody tr"));
        Assert.Contains("找不到 Chromium", row.TextContent);
    }

    [Fact]
    public async Task A_Chromium_that_hangs_at_start_fails_the_inspection_at_its_launch_deadline_with_a_clear_message()
    {
        // Stands for a Chromium that starts and never answers: a program that only sleeps.
        var hung = Path.Combine(Path.GetTempPath(), $"hung-chromium-{Guid.NewGuid():N}.sh");
        await File.WriteAllTextAsync(hung, "#!/bin/sh\nexec sleep 600\n");
        File.SetUnixFileMode(hung, UnixFileMode.UserRead | UnixFileMode.UserExecute | UnixFileMode.UserWrite);
        try
        {
            await using var portal = new JobsPortal(DatabaseProvider.Sqlite, new Dictionary<string, string?> { ["Pdf:ChromiumPath"] = hung, ["Pdf:LaunchTimeout"] = "00:00:03" });
            await RunNowAsync(portal, RecurringJobs.Inspection);

            var runs = await portal.WaitForRunsAsync(RecurringJobs.Inspection.Name, runs => runs.Any(r => r.Outcome == JobRunOutcome.Failed), TimeSpan.FromMinutes(3));

            Assert.Equal([JobRunOutcome.RetryScheduled, JobRunOutcome.RetryScheduled, JobRunOutcome.Failed], runs.Select(r => r.Outcome));
            Assert.True(runs[^1].Error!.StartsWith($"无法启动 Chromium（{hung}）：3 秒内无响应"), runs[^1].Error);
        }
        finally
        {
            File.Delete(hung);
        }
    }

    private static async Task RunNowAsync(JobsPortal portal, RecurringJob job)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<JobControl>().RunNowAsync(job);
    }
}
