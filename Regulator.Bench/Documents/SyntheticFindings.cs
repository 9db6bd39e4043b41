using Regulator.Domain.Common;
using Regulator.Domain.Documents;
using Regulator.Domain.Inspections;
using Regulator.Domain.Platforms;
using Regulator.Web.Documents;

namespace Regulator.Bench.Documents;

/// <summary>
/// Findings notices with made-up but realistic content, for the PDF benchmark (and the tests that read a notice
/// back): every rule, a fixed number of records each, <c>evidencePerFinding</c> of them cited. 40 cited records
/// per finding print about ten A4 pages.
/// </summary>
public static class SyntheticFindings
{
    private static readonly (string Rule, FindingCategory Category, FindingSeverity Severity, string Article, int Records)[] Rules =
    [
        ("minor-under-16", FindingCategory.MinorProtection, FindingSeverity.Severe, "MCT-4", 3),
        ("minor-without-consent", FindingCategory.MinorProtection, FindingSeverity.Serious, "MCT-4", 57),
        ("news-without-licence", FindingCategory.Licensing, FindingSeverity.Serious, "CAC-5", 41),
        ("licence-expired", FindingCategory.Licensing, FindingSeverity.Serious, "CAC-5", 1),
        ("review-overdue", FindingCategory.FilingReview, FindingSeverity.Minor, "CAC-12", 128),
        ("blacklisted-identity", FindingCategory.Blacklist, FindingSeverity.Severe, "CAC-15", 2),
    ];

    public static FindingsDocumentModel Notice(int number, int evidencePerFinding, DateOnly day, string platformName = "星光直播")
    {
        var platform = new Platform
        {
            Id = number, Name = platformName, Uscc = "91110105MA01ABCD2X", ProvinceCode = "11", Agency = Agency.Cyberspace,
            Licences = [new PlatformLicence { Kind = LicenceKind.NetworkCulture, Number = "京网文〔2024〕1234-056号", ValidUntil = new DateOnly(2026, 1, 1) }],
        };
        return new FindingsDocumentModel(IssuingOffice.For(platform.ProvinceCode, platform.Agency), $"巡查〔{day.Year}〕1-{number} 号", platform, day, day,
            Rules.Select(r => new Finding
            {
                PlatformId = platform.Id, ProvinceCode = platform.ProvinceCode, RuleCode = r.Rule, Category = r.Category, Severity = r.Severity, Article = r.Article, SubjectCount = r.Records,
                Evidence = Enumerable.Range(1, Math.Min(r.Records, evidencePerFinding))
                    .Select(i => new FindingEvidence
                    {
                        Description = $"主播 p-{number}-{i:0000}（昵称{i}），{day.AddDays(-i):yyyy-MM-dd} 备案",
                        MaskedIdentity = $"110105********{1000 + i}",
                        RecordHref = $"/filings/{number * 1000 + i}",
                    })
                    .ToList(),
            }).ToList());
    }
}
