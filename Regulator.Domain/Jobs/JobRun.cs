namespace Regulator.Domain.Jobs;

/// <summary>
/// One firing of a scheduled job, recorded in the portal's own table rather than read from the scheduler's,
/// so the history means the same with SQLite and PostgreSQL, survives the scheduler pruning its own rows,
/// and can carry what the run produced.
/// </summary>
public class JobRun
{
    public const int ErrorMaxLength = 4000;

    /// <summary>The trigger name of a run its recurring schedule started.</summary>
    public const string ScheduleTrigger = "schedule";

    /// <summary>The trigger name of a run a person started ("run now", regenerate).</summary>
    public const string ManualTrigger = "manual";

    public long Id { get; set; }

    /// <summary>The job's name: its recurring job id in Hangfire, e.g. <c>inspection</c>.</summary>
    public string JobName { get; set; } = "";

    /// <summary>What started it: <see cref="ScheduleTrigger"/> or <see cref="ManualTrigger"/> (retries and take-overs keep their job's).</summary>
    public string TriggerName { get; set; } = "";

    /// <summary>The Hangfire background job this run is an attempt of; its retries and take-overs share it.</summary>
    public string FireInstanceId { get; set; } = "";

    /// <summary>The Hangfire server (portal instance) that ran it.</summary>
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
