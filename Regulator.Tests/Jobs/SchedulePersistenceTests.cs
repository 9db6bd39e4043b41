using Microsoft.Extensions.DependencyInjection;
using Regulator.Tests.Infrastructure;
using Regulator.Web.Jobs.Scheduling;

namespace Regulator.Tests.Jobs;

/// <summary>The schedule lives in the job store: what administrators changed is still there after a restart, on both providers.</summary>
public sealed class SchedulePersistenceTests
{
    [Theory]
    [BothProviders]
    public async Task A_changed_and_a_paused_schedule_survive_a_restart(DatabaseProvider provider)
    {
        using var database = TestDatabase.Create(provider);
        await using (var before = new PortalInstance(provider, database.ConnectionString))
        {
            await using var scope = before.Services.CreateAsyncScope();
            var control = scope.ServiceProvider.GetRequiredService<JobControl>();
            Assert.Null(await control.RescheduleAsync(RecurringJobs.Inspection, "0 15 3 * * ?"));
            await control.PauseAsync(RecurringJobs.MonthlyNationalReport, "test");
        }

        await using var after = new PortalInstance(provider, database.ConnectionString);
        await using var restarted = after.Services.CreateAsyncScope();
        var jobs = await restarted.ServiceProvider.GetRequiredService<JobControl>().ListAsync();
        Assert.Equal("0 15 3 * * ?", jobs.Single(j => j.Job == RecurringJobs.Inspection).Cron);
        Assert.True(jobs.Single(j => j.Job == RecurringJobs.MonthlyNationalReport).IsPaused);
        Assert.Equal("0 30 6 ? * MON", jobs.Single(j => j.Job == RecurringJobs.WeeklyProvincialReport).Cron);
    }
}
