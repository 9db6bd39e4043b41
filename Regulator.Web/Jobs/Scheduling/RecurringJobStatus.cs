using Quartz;

namespace Regulator.Web.Jobs.Scheduling;

/// <summary>A recurring job as the scheduler sees it now: its cron, trigger state and next firings (China Standard Time).</summary>
public sealed record RecurringJobStatus(RecurringJob Job, string Cron, TriggerState State, IReadOnlyList<DateTimeOffset> NextFires, DateTimeOffset? PreviousFire)
{
    public bool IsPaused => State == TriggerState.Paused;
}
