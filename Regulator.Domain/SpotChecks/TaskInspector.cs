using Regulator.Domain.Scoping;

namespace Regulator.Domain.SpotChecks;

/// <summary>An inspector drawn for a task, in draw order; the name is kept as it was when drawn, for the record.</summary>
public class TaskInspector : IProvinceOwned
{
    public string ProvinceCode { get; set; } = "";

    public long TaskId { get; set; }
    public int InspectorId { get; set; }
    public int Position { get; set; }
    public string Name { get; set; } = "";
    public string? UserId { get; set; }
}
