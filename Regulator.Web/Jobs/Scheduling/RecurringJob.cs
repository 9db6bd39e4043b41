using Quartz;

namespace Regulator.Web.Jobs.Scheduling;

/// <summary>A job the portal runs on a schedule: its scheduler key, its type and the cron it starts with.</summary>
public sealed record RecurringJob(string Name, Type JobType, string DefaultCron)
{
    /// <summary>Ends the name of every recurring trigger, which tells a scheduled run from a "run now" one.</summary>
    public const string ScheduleSuffix = ".schedule";

    public JobKey JobKey => new(Name, RecurringJobs.Group);

    /// <summary>The recurring trigger; "run now" and retries use triggers of their own.</summary>
    public TriggerKey TriggerKey => new(Name + ScheduleSuffix, RecurringJobs.Group);

    /// <summary>Resource key of the job's title: <c>Job_{name}</c>.</summary>
    public string TitleKey => "Job_" + Name;
}
