using Regulator.Domain.Inspections;

namespace Regulator.Domain.EnforcementReports;

/// <summary>
/// What an enforcement report says, computed once and then only printed. Current figures come from the last
/// inspection of the period (so a platform found wanting every day counts once); the trend has one point per day;
/// reports count those received in the period.
/// </summary>
public sealed record EnforcementFigures(
    ReportScope Scope,
    ReportPeriod Period,
    int PlatformCount,
    int InspectionCount,
    DateOnly? LastInspectedOn,
    int FindingCount,
    int PlatformsWithFindings,
    IReadOnlyDictionary<FindingSeverity, int> BySeverity,
    IReadOnlyDictionary<FindingCategory, int> ByCategory,
    IReadOnlyList<DailyCount> Trend,
    IReadOnlyList<PlatformCount> TopPlatforms,
    IReadOnlyList<ReportedPlatform> TopReported,
    IReadOnlyList<ProvinceCount> ByProvince,
    IReadOnlyList<OverdueWork> Overdue);
