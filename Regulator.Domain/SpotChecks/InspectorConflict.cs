using Regulator.Domain.Scoping;

namespace Regulator.Domain.SpotChecks;

/// <summary>A declared conflict of interest (利害关系回避) of an inspector with a platform, and so with its publishers.</summary>
public class InspectorConflict : IProvinceOwned
{
    public string ProvinceCode { get; set; } = "";

    public int Id { get; set; }
    public int InspectorId { get; set; }
    public int PlatformId { get; set; }
    public ConflictKind Kind { get; set; }
    public string? Note { get; set; }
    public DateOnly DeclaredOn { get; set; }
}
