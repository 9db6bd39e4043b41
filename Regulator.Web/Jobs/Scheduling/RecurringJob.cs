using Hangfire.Common;

namespace Regulator.Web.Jobs.Scheduling;

/// <summary>
/// A job the portal runs on a schedule: its recurring job id in Hangfire (also the name its runs are recorded
/// under), the method Hangfire calls, and the cron it starts with (China Standard Time).
/// </summary>
public sealed record RecurringJob(string Name, Job Job, string DefaultCron)
{
    /// <summary>Resource key of the job's title: <c>Job_{name}</c>.</summary>
    public string TitleKey => "Job_" + Name;
}
