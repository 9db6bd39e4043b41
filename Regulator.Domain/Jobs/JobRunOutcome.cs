namespace Regulator.Domain.Jobs;

/// <summary>Where one run of a scheduled job stands, as the jobs page shows it.</summary>
public enum JobRunOutcome
{
    Running = 0,
    Succeeded = 1,

    /// <summary>Failed with no attempt left: the error is the one people need to read.</summary>
    Failed = 2,

    /// <summary>Failed, and the scheduler will try again after the back-off.</summary>
    RetryScheduled = 3,

    Cancelled = 4,

    /// <summary>
    /// Its node stopped in the middle of it; another node of the cluster (or this one after a restart)
    /// picked the work up under a new run that carries on where this one left off.
    /// </summary>
    TakenOver = 5,
}
