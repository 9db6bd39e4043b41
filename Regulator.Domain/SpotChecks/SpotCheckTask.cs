using Regulator.Domain.Scoping;

namespace Regulator.Domain.SpotChecks;

/// <summary>
/// One drawn target as work for its drawn inspectors: check the plan's items by <see cref="DueOn"/>, record a result
/// per item, attach evidence, follow up ordered rectifications. The platform receives a spot-check notice (a PDF).
/// <see cref="TargetLabel"/> is what may be published: an organisation's name, or an individual publisher's masked name.
/// </summary>
public class SpotCheckTask : IProvinceOwned
{
    public long Id { get; set; }
    public int PlanId { get; set; }
    public int DrawId { get; set; }
    public string ProvinceCode { get; set; } = "";

    /// <summary>Position in the draw, from 1.</summary>
    public int DrawOrder { get; set; }

    public TargetKind TargetKind { get; set; }

    /// <summary>The platform id, or the filing id of a publisher.</summary>
    public long TargetId { get; set; }

    public int PlatformId { get; set; }
    public string PlatformName { get; set; } = "";
    public string TargetLabel { get; set; } = "";
    public long Weight { get; set; }
    /// <summary>The China day the draw ran: rotation and "checked recently" rules count from it.</summary>
    public DateOnly DrawnOn { get; set; }

    public DateOnly DueOn { get; set; }
    public SpotCheckTaskStatus Status { get; set; }
    public long? NoticeDocumentId { get; set; }
    public DateTime? ClosedUtc { get; set; }
    public int Version { get; set; }

    public List<TaskInspector> Inspectors { get; set; } = [];
    public List<CheckResult> Results { get; set; } = [];

    public bool IsAssignedTo(string? userId) => userId is not null && Inspectors.Any(i => i.UserId == userId);
}
