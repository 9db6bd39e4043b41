using Regulator.Domain.Filings;

namespace Regulator.Domain.Inspections.Rules;

/// <summary>MCT opinion 4: a publisher aged 16–17 needs verified identity and complete guardian consent on file.</summary>
public sealed class MinorWithoutConsentRule(MinorPublishers minors) : IInspectionRule
{
    public string Code => "minor-without-consent";
    public FindingCategory Category => FindingCategory.MinorProtection;
    public FindingSeverity Severity => FindingSeverity.Serious;
    public string Article => "MCT-4";

    public async Task<FindingDraft?> InspectAsync(PlatformUnderInspection subject, CancellationToken ct)
    {
        var lacking = (await minors.OnInspectionDayAsync(subject, ct)).Where(m => m.Age >= 16 && !HasCompleteConsent(m.Filing)).ToList();
        return lacking.Count == 0 ? null : new FindingDraft(lacking.Count, lacking
            .Select(m => new EvidenceItem($"{LiveFilings.Describe(m.Filing)}，巡查日 {m.Age} 周岁，监护人同意信息不完整", m.Filing.IdentityMasked, LiveFilings.Href(m.Filing)))
            .ToList());
    }

    /// <summary>Name, relation, identity and date of consent, as the intake rules require them.</summary>
    private static bool HasCompleteConsent(Filing f) =>
        !string.IsNullOrWhiteSpace(f.GuardianName) && f.GuardianRelation is not null && f.GuardianIdentityCiphertext is { Length: > 0 } && f.GuardianConsentDate is not null;
}
