namespace Regulator.Domain.Inspections;

/// <summary>
/// One automated inspection of every platform's filed data (CAC Art. 4 and 16; MCT opinion 13). Keyed by the
/// scheduler firing that started it, so a retry or a recovery on another node continues the same inspection
/// instead of starting a second one.
/// </summary>
public class Inspection
{
    public int Id { get; set; }

    /// <summary>Which firing this is: the job and its scheduled time, or a "run now" request's id.</summary>
    public string RunKey { get; set; } = "";

    public DateTime StartedUtc { get; set; }
    public DateTime? CompletedUtc { get; set; }

    /// <summary>The China calendar day the rules were applied on (ages, licence expiry, waiting times).</summary>
    public DateOnly InspectedOn { get; set; }

    public int PlatformCount { get; set; }
    public int FindingCount { get; set; }

    public bool IsCompleted => CompletedUtc is not null;
}
