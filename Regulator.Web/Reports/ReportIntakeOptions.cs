namespace Regulator.Web.Reports;

/// <summary>The <c>Reports:Intake</c> configuration section.</summary>
public sealed class ReportIntakeOptions
{
    public const string Section = "Reports:Intake";

    /// <summary>The secret shared with the National Reporting Platform. Set it from the environment in production (Reports__Intake__SharedSecret).</summary>
    public string SharedSecret { get; set; } = "";

    /// <summary>Largest push body accepted; a full batch of 1,000 reports is well under 2 MB.</summary>
    public int MaxBodyBytes { get; set; } = 8 * 1024 * 1024;

    /// <summary>
    /// Bodies read at once before their signature is known (per node). The rest wait up to <see cref="ReadQueueTimeout"/>
    /// holding no buffer, then are answered 503, so unsigned requests cannot make the portal hold many bodies.
    /// </summary>
    public int MaxConcurrentUnverifiedReads { get; set; } = 4;

    /// <summary>How long a push waits for a read slot before it is answered 503 with Retry-After.</summary>
    public TimeSpan ReadQueueTimeout { get; set; } = TimeSpan.FromSeconds(10);
}
