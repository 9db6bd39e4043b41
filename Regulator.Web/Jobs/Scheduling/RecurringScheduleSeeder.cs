using Quartz;
using Regulator.Domain.Jobs;

namespace Regulator.Web.Jobs.Scheduling;

/// <summary>
/// Puts each recurring job's trigger in the store the first time the portal starts. Later starts leave existing
/// triggers alone, so a schedule an administrator changed (or paused) survives restarts and is shared by the cluster.
/// </summary>
public sealed class RecurringScheduleSeeder(ISchedulerFactory schedulers) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        foreach (var job in RecurringJobs.All)
        {
            if (await scheduler.Exists(job.TriggerKey, cancellationToken)) continue;
            var trigger = TriggerBuilder.Create()
                .WithIdentity(job.TriggerKey)
                .ForJob(job.JobKey)
                .WithSchedule(CronScheduleBuilder.Create(CronSchedule.Parse(job.DefaultCron).Expression).InTimeZone(CronSchedule.ChinaZone))
                .Build();
            // Two nodes starting together may both get here; the second one's copy is simply not taken.
            await scheduler.ScheduleTrigger(trigger, TriggerConflict.Keep, cancellationToken);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
