namespace Regulator.Domain.Inspections.Rules;

/// <summary>MCT opinion 4: no live-stream publisher account for anyone under 16.</summary>
public sealed class MinorUnderSixteenRule(MinorPublishers minors) : IInspectionRule
{
    public string Code => "minor-under-16";
    public FindingCategory Category => FindingCategory.MinorProtection;
    public FindingSeverity Severity => FindingSeverity.Severe;
    public string Article => "MCT-4";

    public async Task<FindingDraft?> InspectAsync(PlatformUnderInspection subject, CancellationToken ct)
    {
        var underSixteen = (await minors.OnInspectionDayAsync(subject, ct)).Where(m => m.Age < 16).ToList();
        return underSixteen.Count == 0 ? null : new FindingDraft(underSixteen.Count, underSixteen
            .Select(m => new EvidenceItem($"{LiveFilings.Describe(m.Filing)}，巡查日 {m.Age} 周岁", m.Filing.IdentityMasked, LiveFilings.Href(m.Filing)))
            .ToList());
    }
}
