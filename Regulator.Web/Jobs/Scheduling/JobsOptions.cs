namespace Regulator.Web.Jobs.Scheduling;

/// <summary>The <c>Jobs</c> configuration section: how the scheduler runs, retries and clusters.</summary>
public sealed class JobsOptions
{
    public const string Section = "Jobs";

    /// <summary>Jobs running at once on one node; PDF printing is bounded separately by <c>Pdf:MaxConcurrentPages</c>.</summary>
    public int MaxConcurrency { get; set; } = 4;

    /// <summary>Retries after the first failure of a firing.</summary>
    public int RetryAttempts { get; set; } = 3;

    /// <summary>The wait before the first retry; each further wait doubles, up to <see cref="RetryMaxDelay"/>.</summary>
    public TimeSpan RetryInitialDelay { get; set; } = TimeSpan.FromMinutes(1);

    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>How often a clustered node writes that it is alive (PostgreSQL only).</summary>
    public TimeSpan ClusterCheckinInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>How late a check-in may be before the other nodes take that node's running jobs over.</summary>
    public TimeSpan ClusterCheckinMisfireThreshold { get; set; } = TimeSpan.FromSeconds(30);
}
