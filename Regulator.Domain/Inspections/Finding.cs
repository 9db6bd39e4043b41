using Regulator.Domain.Scoping;

namespace Regulator.Domain.Inspections;

/// <summary>
/// What an inspection found wrong with one platform under one rule: its category, the rule and article it
/// comes from, how serious it is, how many records it concerns and evidence (masked, never in clear).
/// Its wording is not stored: pages and documents word it from the rule code and the count, in their language.
/// Credit ratings and spot-check draws read these later.
/// </summary>
public class Finding : IProvinceOwned, IPlatformOwned
{
    public long Id { get; set; }
    public int InspectionId { get; set; }
    public int PlatformId { get; set; }
    public string ProvinceCode { get; set; } = "";

    /// <summary>The rule's stable code, e.g. <c>minor-under-16</c>; its title and article text live in the resources.</summary>
    public string RuleCode { get; set; } = "";

    public FindingCategory Category { get; set; }
    public FindingSeverity Severity { get; set; }

    /// <summary>The legal basis as cited, e.g. "CAC-12" (CAC live-streaming measures Art. 12).</summary>
    public string Article { get; set; } = "";

    /// <summary>How many records the finding concerns; the evidence lists at most a sample of them.</summary>
    public int SubjectCount { get; set; }

    public List<FindingEvidence> Evidence { get; set; } = [];
}
