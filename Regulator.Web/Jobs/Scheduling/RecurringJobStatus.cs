namespace Regulator.Web.Jobs.Scheduling;

/// <summary>Whether a recurring job fires on its schedule (<c>Normal</c>), is paused, or is not in the store yet (<c>None</c>).</summary>
public enum RecurringJobState
{
    None,
    Normal,
    Paused,
}

/// <summary>A recurring job as Hangfire holds it now: its cron, state and next firings (China Standard Time).</summary>
public sealed record RecurringJobStatus(RecurringJob Job, string Cron, RecurringJobState State, IReadOnlyList<DateTimeOffset> NextFires, DateTimeOffset? PreviousFire)
{
    public bool IsPaused => State == RecurringJobState.Paused;
}
