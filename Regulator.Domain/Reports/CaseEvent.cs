using Regulator.Domain.Protection;

namespace Regulator.Domain.Reports;

/// <summary>
/// One step in a case's handling, who took it and when. Events are only ever read through their case, so the
/// case's province filter covers them; they are appended, never changed.
/// </summary>
public class CaseEvent
{
    public long Id { get; set; }
    public long CaseId { get; set; }
    public DateTime OccurredUtc { get; set; }
    public CaseEventKind Kind { get; set; }
    public string? ActorName { get; set; }

    /// <summary>What changed, in words (the new province, assignee, outcome and measures…).</summary>
    public string? Details { get; set => field = IdentityScrubber.Scrub(value); }
}
