using Hangfire;
using Hangfire.Storage;
using Microsoft.Extensions.DependencyInjection;
using Regulator.Domain.Jobs;
using Regulator.Tests.Infrastructure;
using Regulator.Web.Jobs.Scheduling;

namespace Regulator.Tests.Jobs;

/// <summary>
/// The schedule and the history live in Hangfire's store (on SQLite its own file beside the portal's database):
/// what administrators changed, and the jobs that ran, are still there after a restart, on both providers.
/// </summary>
public sealed class SchedulePersistenceTests
{
    [Theory]
    [BothProviders]
    public async Task A_changed_and_a_paused_schedule_and_the_job_history_survive_a_restart(DatabaseProvider provider)
    {
        using var database = TestDatabase.Create(provider);
        string ranId;
        await using (var before = new PortalInstance(provider, database.ConnectionString))
        {
            await using var scope = before.Services.CreateAsyncScope();
            var control = scope.ServiceProvider.GetRequiredService<JobControl>();
            Assert.Null(await control.RescheduleAsync(RecurringJobs.Inspection, "0 15 3 * * ?"));
            await control.PauseAsync(RecurringJobs.MonthlyNationalReport, "test");
            ranId = await control.RunNowAsync(RecurringJobs.MonthlyNationalReport);
            await JobRuns.WaitAsync(before.Services, RecurringJobs.MonthlyNationalReport.Name, r => r.Any(run => run.Outcome == JobRunOutcome.Succeeded));
        }

        await using var after = new PortalInstance(provider, database.ConnectionString);
        await using var restarted = after.Services.CreateAsyncScope();
        var jobs = await restarted.ServiceProvider.GetRequiredService<JobControl>().ListAsync();
        Assert.Equal("0 15 3 * * ?", jobs.Single(j => j.Job == RecurringJobs.Inspection).Cron);
        Assert.True(jobs.Single(j => j.Job == RecurringJobs.MonthlyNationalReport).IsPaused);
        Assert.Equal("0 30 6 ? * MON", jobs.Single(j => j.Job == RecurringJobs.WeeklyProvincialReport).Cron);

        var storage = after.Services.GetRequiredService<JobStorage>();
        using var connection = storage.GetConnection();
        Assert.Equal(RecurringJobs.All.Select(j => j.Name).Order(), connection.GetRecurringJobs().Select(j => j.Id).Order());
        Assert.Equal("Succeeded", storage.GetMonitoringApi().JobDetails(ranId).History[0].StateName);
    }
}
