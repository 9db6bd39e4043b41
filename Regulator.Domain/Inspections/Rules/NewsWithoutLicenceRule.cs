using Microsoft.EntityFrameworkCore;
using Regulator.Domain.Filings;
using Regulator.Domain.Platforms;

namespace Regulator.Domain.Inspections.Rules;

/// <summary>CAC Art. 5: publishers carrying news information need the platform's news-information licence, valid on the day.</summary>
public sealed class NewsWithoutLicenceRule : IInspectionRule
{
    public string Code => "news-without-licence";
    public FindingCategory Category => FindingCategory.Licensing;
    public FindingSeverity Severity => FindingSeverity.Serious;
    public string Article => "CAC-5";

    public async Task<FindingDraft?> InspectAsync(PlatformUnderInspection subject, CancellationToken ct)
    {
        if (subject.Platform.HoldsValidLicence(LicenceKind.NewsInformation, subject.Today)) return null;
        var news = LiveFilings.Of(subject).Where(f => (f.ContentKinds & ContentKinds.NewsInformation) == ContentKinds.NewsInformation);
        var count = await news.CountAsync(ct);
        if (count == 0) return null;
        var sample = await news.OrderBy(f => f.Id).Take(subject.Options.MaxEvidencePerFinding).ToListAsync(ct);
        return new FindingDraft(count, sample.Select(f => new EvidenceItem($"{LiveFilings.Describe(f)}，内容类型含新闻信息", f.IdentityMasked, LiveFilings.Href(f))).ToList());
    }
}
