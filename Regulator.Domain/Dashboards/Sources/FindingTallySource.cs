using Microsoft.EntityFrameworkCore;
using Regulator.Domain.Persistence;

namespace Regulator.Domain.Dashboards.Sources;

/// <summary>
/// Findings of each day's last completed inspection (as the enforcement reports count them: a "run now" on top of the
/// nightly run must not double a day) by province, agency of the platform, platform, rule and severity, with the
/// records concerned; and the platforms that inspection covered. Inspections completed after the watermark name the
/// days to recount.
/// </summary>
public sealed class FindingTallySource : IDashboardTallySource
{
    private const string Completed = "inspections:completed";

    public IReadOnlyList<string> Measures { get; } = [DashboardMeasures.Findings, DashboardMeasures.InspectedPlatforms];

    public async Task<DashboardChanges> ChangesAsync(RegulatorDbContext db, IReadOnlyDictionary<string, long> watermarks, CancellationToken ct)
    {
        var since = DashboardChanges.Position(watermarks, Completed);
        var sinceUtc = since == 0 ? DateTime.MinValue : new DateTime(since, DateTimeKind.Utc);
        var completed = await db.Inspections.AsNoTracking().Where(i => i.CompletedUtc > sinceUtc)
            .Select(i => new { i.InspectedOn, CompletedUtc = i.CompletedUtc!.Value }).ToListAsync(ct);
        var last = completed.Count == 0 ? since : Math.Max(since, completed.Max(i => i.CompletedUtc).Ticks);
        return new DashboardChanges(completed.Select(i => i.InspectedOn).ToHashSet(), new Dictionary<string, long> { [Completed] = last });
    }

    public async Task<IReadOnlyList<DashboardTally>> TallyAsync(RegulatorDbContext db, DateOnly from, DateOnly to, CancellationToken ct)
    {
        var lastOfDay = (await db.Inspections.AsNoTracking()
                .Where(i => i.CompletedUtc != null && i.InspectedOn >= from && i.InspectedOn <= to)
                .Select(i => new { i.Id, i.InspectedOn, i.CompletedUtc }).ToListAsync(ct))
            .GroupBy(i => i.InspectedOn)
            .ToDictionary(g => g.OrderByDescending(i => i.CompletedUtc).ThenByDescending(i => i.Id).First().Id, g => g.Key);
        if (lastOfDay.Count == 0) return [];
        var ids = lastOfDay.Keys.ToList();
        var agencies = await db.Platforms.IgnoreQueryFilters().AsNoTracking().ToDictionaryAsync(p => p.Id, p => p.Agency, ct);
        var findings = await db.Findings.IgnoreQueryFilters().Where(f => ids.Contains(f.InspectionId))
            .GroupBy(f => new { f.InspectionId, f.ProvinceCode, f.PlatformId, f.RuleCode, f.Severity })
            .Select(g => new { g.Key.InspectionId, g.Key.ProvinceCode, g.Key.PlatformId, g.Key.RuleCode, g.Key.Severity, Count = g.Count(), Records = g.Sum(f => f.SubjectCount) })
            .ToListAsync(ct);
        var covered = await db.PlatformInspections.IgnoreQueryFilters().Where(p => ids.Contains(p.InspectionId))
            .Select(p => new { p.InspectionId, p.ProvinceCode, p.PlatformId }).ToListAsync(ct);
        return findings.Select(f => new DashboardTally
            {
                Measure = DashboardMeasures.Findings, Day = lastOfDay[f.InspectionId], ProvinceCode = f.ProvinceCode, Agency = agencies.GetValueOrDefault(f.PlatformId),
                PlatformId = f.PlatformId, Key = f.RuleCode, Detail = f.Severity.ToString(), Count = f.Count, Sum = f.Records,
            })
            .Concat(covered.Select(p => new DashboardTally
            {
                Measure = DashboardMeasures.InspectedPlatforms, Day = lastOfDay[p.InspectionId], ProvinceCode = p.ProvinceCode,
                Agency = agencies.GetValueOrDefault(p.PlatformId), PlatformId = p.PlatformId, Count = 1,
            }))
            .ToList();
    }
}
