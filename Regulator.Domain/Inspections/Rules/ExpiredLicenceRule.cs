using Regulator.Domain.Platforms;

namespace Regulator.Domain.Inspections.Rules;

/// <summary>
/// A licence on file that has expired (CAC Art. 5 and 6): the platform may no longer carry the content it
/// covers until it files a renewed one.
/// </summary>
public sealed class ExpiredLicenceRule : IInspectionRule
{
    public string Code => "licence-expired";
    public FindingCategory Category => FindingCategory.Licensing;
    public FindingSeverity Severity => FindingSeverity.Serious;
    public string Article => "CAC-5";

    public Task<FindingDraft?> InspectAsync(PlatformUnderInspection subject, CancellationToken ct)
    {
        var expired = subject.Platform.Licences.Where(l => !l.IsValidOn(subject.Today)).OrderBy(l => l.Kind).ToList();
        if (expired.Count == 0) return Task.FromResult<FindingDraft?>(null);
        var evidence = expired
            .Select(l => new EvidenceItem($"{LicenceNames.Chinese(l.Kind)} {l.Number}，有效期至 {l.ValidUntil:yyyy-MM-dd}", RecordHref: $"/platforms/{subject.Platform.Id}"))
            .ToList();
        return Task.FromResult<FindingDraft?>(new FindingDraft(expired.Count, evidence));
    }
}
