using Regulator.Domain.Scoping;

namespace Regulator.Domain.SpotChecks;

/// <summary>
/// The result of one check item on a task's target, and the follow-up of an ordered rectification. These rows are the
/// spot-check facts the credit ratings read (<see cref="SpotCheckFacts"/>).
/// </summary>
public class CheckResult : IProvinceOwned
{
    public string ProvinceCode { get; set; } = "";

    public long Id { get; set; }
    public long TaskId { get; set; }
    public int CheckItemId { get; set; }
    public CheckOutcome Outcome { get; set; }

    /// <summary>What was found, in the inspectors' words; required unless nothing was.</summary>
    public string? Note { get; set; }

    /// <summary>The date a rectification is ordered by (<see cref="CheckOutcome.RectificationOrdered"/> only).</summary>
    public DateOnly? RectifyBy { get; set; }

    /// <summary>When the follow-up confirmed the rectification; null while it is pending.</summary>
    public DateOnly? RectifiedOn { get; set; }

    /// <summary>Follow-up finding: rectified, or not rectified in time (then usually referred).</summary>
    public string? FollowUpNote { get; set; }

    /// <summary>True when the follow-up found the rectification not done by its date.</summary>
    public bool RectificationFailed { get; set; }

    public string RecordedBy { get; set; } = "";
    public DateTime RecordedUtc { get; set; }

    public bool AwaitsFollowUp => Outcome == CheckOutcome.RectificationOrdered && RectifiedOn is null && !RectificationFailed;
}
