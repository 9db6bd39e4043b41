using Regulator.Bench.Documents;
using Regulator.Domain.Common;
using Regulator.Domain.Documents;
using Regulator.Domain.EnforcementReports;
using Regulator.Domain.Inspections;
using Regulator.Web.Documents;
using Regulator.Web.Documents.Pdf;

namespace Regulator.Tests.Documents;

/// <summary>Documents with known content, to print and read back.</summary>
public static class SampleDocuments
{
    public static readonly DateOnly Day = new(2026, 11, 23);

    /// <summary>A findings notice with every rule, 40 records cited per finding: about ten pages.</summary>
    public static FindingsDocumentModel Findings() => SyntheticFindings.Notice(7, evidencePerFinding: 40, Day);

    /// <summary>A weekly report for Beijing whose figures are all different numbers, so each can be found in the text.</summary>
    public static EnforcementReportModel WeeklyReport()
    {
        var period = ReportPeriod.PreviousWeek(Day);
        var figures = new EnforcementFigures(new ReportScope("11"), period,
            PlatformCount: 36, InspectionCount: 7, LastInspectedOn: period.End, FindingCount: 53, PlatformsWithFindings: 19,
            BySeverity: new Dictionary<FindingSeverity, int> { [FindingSeverity.Minor] = 21, [FindingSeverity.Serious] = 18, [FindingSeverity.Severe] = 14 },
            ByCategory: new Dictionary<FindingCategory, int>
            {
                [FindingCategory.MinorProtection] = 23, [FindingCategory.Licensing] = 11, [FindingCategory.Blacklist] = 5,
                [FindingCategory.FilingReview] = 13, [FindingCategory.ReportHandling] = 1,
            },
            Trend: period.Days().Select((d, i) => new DailyCount(d, 40 + i * 2)).ToList(),
            TopPlatforms: [new PlatformCount(1, "星光直播", "11", 6, 2), new PlatformCount(2, "云海视频", "11", 4, 1)],
            TopReported: [new ReportedPlatform(2, "云海视频", "11", 317, 12)],
            ByProvince: [new ProvinceCount("11", 53)],
            Overdue: [new OverdueWork("review-overdue", 128, 9), new OverdueWork("reports-overdue", 27, 3)]);
        return new EnforcementReportModel(DocumentKind.WeeklyProvincialReport, "北京市网络直播执法周报（11月16日—11月22日）", IssuingOffice.For("11", Agency.Cyberspace), Day, figures);
    }
}
