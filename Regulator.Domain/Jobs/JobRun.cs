namespace Regulator.Domain.Jobs;

/// <summary>
/// One firing of a scheduled job, recorded in the portal's own table rather than read from the scheduler's,
/// so the history means the same with SQLite and PostgreSQL, survives the scheduler pruning its own rows,
/// and can carry what the run produced.
/// </summary>
public class JobRun
{
    public const int ErrorMaxLength = 4000;

    public long Id { get; set; }

    /// <summary>The job's name in the scheduler, e.g. <c>inspection</c>.</summary>
    public string JobName { get; set; } = "";

    /// <summary>The trigger that fired it: the recurring schedule, a "run now", a retry or a recovery.</summary>
    public string TriggerName { get; set; } = "";

    /// <summary>The scheduler's id of this firing; the listener finds the row again by it.</summary>
    public string FireInstanceId { get; set; } = "";

    /// <summary>The cluster node (scheduler instance) that ran it.</summary>
    public string Node { get; set; } = "";

    public DateTime? ScheduledUtc { get; set; }
    public DateTime StartedUtc { get; set; }
    public DateTime? EndedUtc { get; set; }
    public JobRunOutcome Outcome { get; set; }

    /// <summary>0 on a regular firing, n on the n-th retry after a failure.</summary>
    public int Attempt { get; set; }

    /// <summary>True when this run carries on work that a stopped node left unfinished.</summary>
    public bool Recovering { get; set; }

    public int ProgressPercent { get; set; }
    public string? ProgressNote { get; set; }
    public string? Error { get; set; }

    /// <summary>What the run produced, in words (e.g. "36 platforms inspected, 48 findings").</summary>
    public string? Produced { get; set; }

    /// <summary>Where in the portal to see what it produced.</summary>
    public string? ProducedHref { get; set; }

    public TimeSpan? Duration => EndedUtc is { } end ? end - StartedUtc : null;
}
