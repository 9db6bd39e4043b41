namespace Regulator.Domain.Inspections;

/// <summary>
/// One automated inspection of every platform's filed data (CAC Art. 4 and 16; MCT opinion 13). Keyed by the
/// period it covers (the scheduled job's China calendar day), so a retry, a take-over by another node, or a
/// "run now" on the same day continues or redoes this inspection instead of starting a second one.
/// </summary>
public class Inspection
{
    public int Id { get; set; }

    /// <summary>Which period this is, e.g. <c>inspection:2026-11-30</c>; unique.</summary>
    public string RunKey { get; set; } = "";

    /// <summary>
    /// The background job (Hangfire job id) working on it. The same job coming back (a retry, a take-over) carries
    /// on; another job finding it completed redoes it, replacing its findings (<see cref="InspectionRunner"/>).
    /// </summary>
    public string? JobId { get; set; }

    public DateTime StartedUtc { get; set; }
    public DateTime? CompletedUtc { get; set; }

    /// <summary>The China calendar day the rules were applied on (ages, licence expiry, waiting times).</summary>
    public DateOnly InspectedOn { get; set; }

    public int PlatformCount { get; set; }
    public int FindingCount { get; set; }

    public bool IsCompleted => CompletedUtc is not null;
}
