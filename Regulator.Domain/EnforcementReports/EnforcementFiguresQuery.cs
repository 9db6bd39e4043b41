using Microsoft.EntityFrameworkCore;
using Regulator.Domain.Common;
using Regulator.Domain.Inspections;
using Regulator.Domain.Persistence;

namespace Regulator.Domain.EnforcementReports;

/// <summary>Computes an enforcement report's figures from the inspections of its period, for one province or the nation.</summary>
public sealed class EnforcementFiguresQuery(RegulatorDbContext db)
{
    /// <summary>Rules whose findings are work past a deadline, listed in the report's "overdue work" section.</summary>
    public static readonly IReadOnlySet<string> OverdueRules = new HashSet<string> { "review-overdue", "reports-overdue" };

    private const int TopCount = 10;

    public async Task<EnforcementFigures> ComputeAsync(ReportScope scope, ReportPeriod period, CancellationToken ct = default)
    {
        // The last completed inspection of each day: a "run now" on top of the nightly run must not double a day.
        var inspections = (await db.Inspections.AsNoTracking()
                .Where(i => i.CompletedUtc != null && i.InspectedOn >= period.Start && i.InspectedOn <= period.End)
                .Select(i => new { i.Id, i.InspectedOn, i.CompletedUtc })
                .ToListAsync(ct))
            .GroupBy(i => i.InspectedOn)
            .Select(g => g.OrderByDescending(i => i.CompletedUtc).First())
            .OrderBy(i => i.InspectedOn)
            .ToList();
        var ids = inspections.Select(i => i.Id).ToList();

        var findings = db.Findings.AsNoTracking().Where(f => ids.Contains(f.InspectionId));
        var platforms = db.Platforms.AsNoTracking();
        if (!scope.IsNational)
        {
            findings = findings.Where(f => f.ProvinceCode == scope.ProvinceCode);
            platforms = platforms.Where(p => p.ProvinceCode == scope.ProvinceCode);
        }

        var perDay = await findings.GroupBy(f => f.InspectionId).Select(g => new { InspectionId = g.Key, Count = g.Count() }).ToListAsync(ct);
        var trend = period.Days()
            .Select(day => new DailyCount(day, inspections.FirstOrDefault(i => i.InspectedOn == day) is { } i ? perDay.FirstOrDefault(p => p.InspectionId == i.Id)?.Count ?? 0 : 0))
            .ToList();

        var last = inspections.LastOrDefault();
        var current = last is null ? [] : await findings.Where(f => f.InspectionId == last.Id)
            .Select(f => new { f.PlatformId, f.ProvinceCode, f.RuleCode, f.Category, f.Severity, f.SubjectCount })
            .ToListAsync(ct);
        var names = await platforms.Select(p => new { p.Id, p.Name }).ToDictionaryAsync(p => p.Id, p => p.Name, ct);

        // Cases are counted where their first report arrived, by China calendar day.
        var (from, to) = (ChinaTime.StartOfDayUtc(period.Start), ChinaTime.StartOfDayUtc(period.End.AddDays(1)));
        var cases = db.ReportCases.AsNoTracking().Where(c => c.PlatformId != null && c.FirstReceivedUtc >= from && c.FirstReceivedUtc < to);
        if (!scope.IsNational) cases = cases.Where(c => c.ProvinceCode == scope.ProvinceCode);
        var reported = await cases.GroupBy(c => new { PlatformId = c.PlatformId!.Value, c.ProvinceCode })
            .Select(g => new { g.Key.PlatformId, g.Key.ProvinceCode, Reports = g.Sum(c => c.ReportCount), Cases = g.Count() })
            .OrderByDescending(g => g.Reports).ThenBy(g => g.PlatformId).Take(TopCount)
            .ToListAsync(ct);

        return new EnforcementFigures(
            scope,
            period,
            PlatformCount: names.Count,
            InspectionCount: inspections.Count,
            LastInspectedOn: last?.InspectedOn,
            FindingCount: current.Count,
            PlatformsWithFindings: current.Select(f => f.PlatformId).Distinct().Count(),
            BySeverity: Enum.GetValues<FindingSeverity>().ToDictionary(s => s, s => current.Count(f => f.Severity == s)),
            ByCategory: Enum.GetValues<FindingCategory>().ToDictionary(c => c, c => current.Count(f => f.Category == c)),
            Trend: trend,
            TopPlatforms: current.GroupBy(f => (f.PlatformId, f.ProvinceCode))
                .Select(g => new PlatformCount(g.Key.PlatformId, names.GetValueOrDefault(g.Key.PlatformId, $"#{g.Key.PlatformId}"), g.Key.ProvinceCode, g.Count(), g.Count(f => f.Severity == FindingSeverity.Severe)))
                .OrderByDescending(p => p.Findings).ThenByDescending(p => p.Severe).ThenBy(p => p.PlatformId)
                .Take(TopCount)
                .ToList(),
            TopReported: reported.Select(r => new ReportedPlatform(r.PlatformId, names.GetValueOrDefault(r.PlatformId, $"#{r.PlatformId}"), r.ProvinceCode, r.Reports, r.Cases)).ToList(),
            ByProvince: current.GroupBy(f => f.ProvinceCode).Select(g => new ProvinceCount(g.Key, g.Count()))
                .OrderByDescending(p => p.Findings).ThenBy(p => p.ProvinceCode).ToList(),
            Overdue: current.Where(f => OverdueRules.Contains(f.RuleCode)).GroupBy(f => f.RuleCode)
                .Select(g => new OverdueWork(g.Key, g.Sum(f => f.SubjectCount), g.Select(f => f.PlatformId).Distinct().Count()))
                .OrderBy(o => o.RuleCode).ToList());
    }
}
