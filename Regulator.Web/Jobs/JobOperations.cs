using Regulator.Domain.Auditing;
using Regulator.Domain.Common;
using Regulator.Domain.Identity;
using Regulator.Domain.Jobs;
using Regulator.Web.Identity;
using Regulator.Web.Jobs.Scheduling;

namespace Regulator.Web.Jobs;

/// <summary>
/// The jobs page's steps: run a recurring job now, pause, resume, change its cron. Schedules run for every province,
/// so only a national administrator operates them; each step checks that itself against the acting user (the circuit's,
/// carried in by <c>PortalOperations</c>) and audits what it did. Each returns the job it operated, or why not: refused
/// for any other role, not found for an unknown job, invalid for a cron Hangfire would not read; nothing changes then.
/// </summary>
public sealed class JobOperations(JobControl control, AuditLog audit, PortalActor actor)
{
    private static readonly StepFailure NotOperator = StepFailure.Refused("定时任务由国家级管理员操作 (scheduled jobs are operated by the national administrator)");

    /// <summary>Whether the acting user may operate jobs (the national administrator role).</summary>
    public bool MayOperate => actor.Actor.IsNationalAdministrator;

    /// <summary>Enqueues the job now, outside its schedule (also while paused).</summary>
    public Task<StepResult<RecurringJob>> RunNowAsync(string name) => OperateAsync(name, JobAuditActions.RunNow, job => control.RunNowAsync(job));

    /// <summary>Stops the job firing on its schedule, keeping its cron for <see cref="ResumeAsync"/>.</summary>
    public Task<StepResult<RecurringJob>> PauseAsync(string name) => OperateAsync(name, JobAuditActions.Paused, job => control.PauseAsync(job, actor.UserName));

    /// <summary>Puts the kept cron back.</summary>
    public Task<StepResult<RecurringJob>> ResumeAsync(string name) => OperateAsync(name, JobAuditActions.Resumed, job => control.ResumeAsync(job));

    /// <summary>
    /// Replaces the job's cron (China Standard Time; validated as Hangfire reads it, see <see cref="CronSchedule"/>):
    /// invalid, with the cron's problem under <c>cron</c>, when it would not run as meant.
    /// </summary>
    public async Task<StepResult<RecurringJob>> RescheduleAsync(string name, string cron)
    {
        if (!MayOperate) return NotOperator;
        if (RecurringJobs.Find(name) is not { } job) return StepFailure.NotFound;
        if (await control.RescheduleAsync(job, cron) is { } error) return StepFailure.Invalid(new Dictionary<string, string> { [nameof(cron)] = error });
        await audit.RecordAsync(JobAuditActions.Rescheduled, "Job", job.Name, details: cron.Trim());
        return job;
    }

    private async Task<StepResult<RecurringJob>> OperateAsync(string name, string auditAction, Func<RecurringJob, Task> operate)
    {
        if (!MayOperate) return NotOperator;
        if (RecurringJobs.Find(name) is not { } job) return StepFailure.NotFound;
        await operate(job);
        await audit.RecordAsync(auditAction, "Job", job.Name);
        return job;
    }
}
