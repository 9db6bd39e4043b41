using Microsoft.EntityFrameworkCore;
using Regulator.Domain.Common;
using Regulator.Domain.Dashboards;
using Regulator.Domain.Inspections;
using Regulator.Domain.Persistence;

namespace Regulator.Domain.EnforcementReports;

/// <summary>
/// Computes an enforcement report's figures for one province or the nation. Counts over the period (the daily trend,
/// the platforms most reported, findings per province) come from the dashboards' rollup, brought up to date first, so
/// a report and the dashboard for the same period agree; the last inspection's own findings (one per platform and
/// rule) are read as they are, for the sections that list them.
/// </summary>
public sealed class EnforcementFiguresQuery(RegulatorDbContext db, DashboardRollup rollup)
{
    /// <summary>Rules whose findings are work past a deadline, listed in the report's "overdue work" section.</summary>
    public static readonly IReadOnlySet<string> OverdueRules = new HashSet<string> { "review-overdue", "reports-overdue" };

    private const int TopCount = 10;

    public async Task<EnforcementFigures> ComputeAsync(ReportScope scope, ReportPeriod period, CancellationToken ct = default)
    {
        await rollup.CatchUpAsync(ct);
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

        var cells = db.DashboardTallies.AsNoTracking().Where(t => t.Day >= period.Start && t.Day <= period.End);
        if (!scope.IsNational) cells = cells.Where(t => t.ProvinceCode == scope.ProvinceCode);
        // The rollup counts each day's last completed inspection, as this report does.
        var perDay = await cells.Where(t => t.Measure == DashboardMeasures.Findings).GroupBy(t => t.Day)
            .Select(g => new { Day = g.Key, Count = g.Sum(t => t.Count) }).ToDictionaryAsync(d => d.Day, d => d.Count, ct);
        var trend = period.Days().Select(day => new DailyCount(day, perDay.GetValueOrDefault(day))).ToList();

        var last = inspections.LastOrDefault();
        var current = last is null ? [] : await findings.Where(f => f.InspectionId == last.Id)
            .Select(f => new { f.PlatformId, f.ProvinceCode, f.RuleCode, f.Category, f.Severity, f.SubjectCount })
            .ToListAsync(ct);
        var names = await platforms.Select(p => new { p.Id, p.Name }).ToDictionaryAsync(p => p.Id, p => p.Name, ct);

        // Cases are counted where their first report arrived, by China calendar day (the rollup's day for cases).
        var reported = await cells.Where(t => t.Measure == DashboardMeasures.Cases && t.PlatformId != 0)
            .GroupBy(t => new { t.PlatformId, t.ProvinceCode })
            .Select(g => new { g.Key.PlatformId, g.Key.ProvinceCode, Reports = g.Sum(t => t.Sum), Cases = g.Sum(t => t.Count) })
            .OrderByDescending(g => g.Reports).ThenBy(g => g.PlatformId).Take(TopCount)
            .ToListAsync(ct);
        var byProvince = last is null ? [] : await cells.Where(t => t.Measure == DashboardMeasures.Findings && t.Day == last.InspectedOn)
            .GroupBy(t => t.ProvinceCode).Select(g => new ProvinceCount(g.Key, g.Sum(t => t.Count))).ToListAsync(ct);

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
            TopReported: reported.Select(r => new ReportedPlatform(r.PlatformId, names.GetValueOrDefault(r.PlatformId, $"#{r.PlatformId}"), r.ProvinceCode, (int)r.Reports, r.Cases)).ToList(),
            ByProvince: byProvince.OrderByDescending(p => p.Findings).ThenBy(p => p.ProvinceCode).ToList(),
            Overdue: current.Where(f => OverdueRules.Contains(f.RuleCode)).GroupBy(f => f.RuleCode)
                .Select(g => new OverdueWork(g.Key, g.Sum(f => f.SubjectCount), g.Select(f => f.PlatformId).Distinct().Count()))
                .OrderBy(o => o.RuleCode).ToList());
    }
}
