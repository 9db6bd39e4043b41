using Regulator.Domain.Auditing;
using Regulator.Domain.Identity;
using Regulator.Domain.Jobs;
using Regulator.Web.Identity;
using Regulator.Web.Jobs.Scheduling;

namespace Regulator.Web.Jobs;

/// <summary>
/// The jobs page's steps: run a recurring job now, pause, resume, change its cron. Schedules run for every province,
/// so only a national administrator operates them; each step checks that itself against the acting user (the circuit's,
/// carried in by <c>PortalOperations</c>) and audits what it did. A refused or unknown job changes nothing.
/// </summary>
public sealed class JobOperations(JobControl control, AuditLog audit, PortalActor actor)
{
    /// <summary>Whether the acting user may operate jobs (the national administrator role).</summary>
    public bool MayOperate => actor.Actor.IsNationalAdministrator;

    /// <summary>Enqueues the job now, outside its schedule (also while paused). False when refused or unknown.</summary>
    public async Task<bool> RunNowAsync(string name)
    {
        if (!MayOperate || RecurringJobs.Find(name) is not { } job) return false;
        await control.RunNowAsync(job);
        await audit.RecordAsync(JobAuditActions.RunNow, "Job", job.Name);
        return true;
    }

    /// <summary>Stops the job firing on its schedule, keeping its cron for <see cref="ResumeAsync"/>. False when refused or unknown.</summary>
    public async Task<bool> PauseAsync(string name)
    {
        if (!MayOperate || RecurringJobs.Find(name) is not { } job) return false;
        await control.PauseAsync(job, actor.UserName);
        await audit.RecordAsync(JobAuditActions.Paused, "Job", job.Name);
        return true;
    }

    /// <summary>Puts the kept cron back. False when refused or unknown.</summary>
    public async Task<bool> ResumeAsync(string name)
    {
        if (!MayOperate || RecurringJobs.Find(name) is not { } job) return false;
        await control.ResumeAsync(job);
        await audit.RecordAsync(JobAuditActions.Resumed, "Job", job.Name);
        return true;
    }

    /// <summary>
    /// Replaces the job's cron (China Standard Time; validated as Hangfire reads it, see <see cref="CronSchedule"/>).
    /// Returns null when saved, otherwise why not: the cron's error, or <paramref name="refused"/> when the user may not.
    /// </summary>
    public async Task<string?> RescheduleAsync(string name, string cron, string refused)
    {
        if (!MayOperate || RecurringJobs.Find(name) is not { } job) return refused;
        if (await control.RescheduleAsync(job, cron) is { } error) return error;
        await audit.RecordAsync(JobAuditActions.Rescheduled, "Job", job.Name, details: cron.Trim());
        return null;
    }
}
