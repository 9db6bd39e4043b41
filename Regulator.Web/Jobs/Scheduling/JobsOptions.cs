namespace Regulator.Web.Jobs.Scheduling;

/// <summary>The <c>Jobs</c> configuration section: how Hangfire runs, retries and shares the portal's jobs.</summary>
public sealed class JobsOptions
{
    public const string Section = "Jobs";

    /// <summary>Hangfire workers on one node (jobs running at once); PDF printing is bounded separately by <c>Pdf:MaxConcurrentPages</c>.</summary>
    public int MaxConcurrency { get; set; } = 4;

    /// <summary>Retries after the first failure of a job (Hangfire's <c>AutomaticRetry</c> attempts).</summary>
    public int RetryAttempts { get; set; } = 3;

    /// <summary>The wait before the first retry; each further wait doubles, up to <see cref="RetryMaxDelay"/>.</summary>
    public TimeSpan RetryInitialDelay { get; set; } = TimeSpan.FromMinutes(1);

    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>
    /// How long a job fetched by a node that has stopped answering stays invisible to the others before one of them
    /// takes it over. The running node keeps renewing it (sliding invisibility on PostgreSQL), so this bounds how long
    /// a dead node's work waits, not how long a job may run.
    /// </summary>
    public TimeSpan InvisibilityTimeout { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How often a node looks for delayed jobs that are due, retries among them (Hangfire's default is 15 s).</summary>
    public TimeSpan SchedulePollingInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>How often an idle node asks the queue for work.</summary>
    public TimeSpan QueuePollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>The Hangfire SQLite store's file, beside the portal's database when not set (<c>regulator.hangfire.db</c> for <c>regulator.db</c>).</summary>
    public string? SqliteStoragePath { get; set; }

    /// <summary>The waits before each retry, in seconds, as <c>AutomaticRetry</c> takes them.</summary>
    public int[] RetryDelaysInSeconds() => Enumerable.Range(0, Math.Max(1, RetryAttempts))
        .Select(i => (int)Math.Max(1, Math.Min(RetryMaxDelay.TotalSeconds, RetryInitialDelay.TotalSeconds * Math.Pow(2, i))))
        .ToArray();
}
