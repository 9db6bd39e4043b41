namespace Regulator.Domain.Inspections;

/// <summary>The <c>Inspections</c> configuration section.</summary>
public sealed class InspectionOptions
{
    public const string Section = "Inspections";

    /// <summary>A filing still waiting for review after this many days is a finding against the reviewing province's platform.</summary>
    public int ReviewOverdueDays { get; set; } = 15;

    /// <summary>How many records a finding cites; the count covers all of them. Keeps documents readable.</summary>
    public int MaxEvidencePerFinding { get; set; } = 20;
}
