using Quartz;
using Regulator.Domain.Jobs;

namespace Regulator.Web.Jobs.Scheduling;

/// <summary>
/// What the jobs page does to the scheduler: read each recurring job's state, run one now, pause, resume, change
/// its cron. Everything goes through the job store, so with PostgreSQL every node of the cluster sees the change.
/// </summary>
public sealed class JobControl(ISchedulerFactory schedulers, TimeProvider clock)
{
    public async Task<IReadOnlyList<RecurringJobStatus>> ListAsync(CancellationToken ct = default)
    {
        var scheduler = await schedulers.GetScheduler(ct);
        var result = new List<RecurringJobStatus>();
        foreach (var job in RecurringJobs.All)
        {
            var trigger = await scheduler.GetTrigger(job.TriggerKey, ct) as ICronTrigger;
            var cron = trigger?.CronExpressionString ?? job.DefaultCron;
            var state = trigger is null ? TriggerState.None : await scheduler.GetTriggerState(job.TriggerKey, ct);
            var next = state == TriggerState.Paused ? [] : CronSchedule.Parse(cron).NextOccurrences(clock.GetUtcNow(), 3);
            result.Add(new RecurringJobStatus(job, cron, state, next, trigger?.PreviousFireTimeUtc));
        }
        return result;
    }

    public async Task RunNowAsync(RecurringJob job, JobDataMap? data = null, CancellationToken ct = default) =>
        await (await schedulers.GetScheduler(ct)).TriggerJob(job.JobKey, data ?? new JobDataMap(), ct);

    public async Task PauseAsync(RecurringJob job, string? by, CancellationToken ct = default) =>
        await (await schedulers.GetScheduler(ct)).PauseJobWith(job.JobKey, new PauseDetails { Reason = "jobs page", RequestedBy = by }, ct);

    public async Task ResumeAsync(RecurringJob job, CancellationToken ct = default) =>
        await (await schedulers.GetScheduler(ct)).ResumeJob(job.JobKey, ct);

    /// <summary>Replaces the job's schedule; null when done, otherwise why the cron was refused.</summary>
    public async Task<string?> RescheduleAsync(RecurringJob job, string cron, CancellationToken ct = default)
    {
        if (!CronSchedule.TryParse(cron, out var schedule, out var error)) return error;
        var scheduler = await schedulers.GetScheduler(ct);
        var trigger = TriggerBuilder.Create()
            .WithIdentity(job.TriggerKey)
            .ForJob(job.JobKey)
            .WithSchedule(CronScheduleBuilder.Create(schedule.Expression).InTimeZone(CronSchedule.ChinaZone))
            .Build();
        if (await scheduler.Exists(job.TriggerKey, ct)) await scheduler.RescheduleJob(job.TriggerKey, trigger, ct);
        else await scheduler.ScheduleTrigger(trigger, TriggerConflict.Replace, ct);
        return null;
    }
}
