using Microsoft.EntityFrameworkCore;
using Regulator.Domain.Credit;
using Regulator.Domain.Persistence;

namespace Regulator.Domain.Dashboards.Sources;

/// <summary>
/// Credit repair applications (信用修复) by the China day applied for, per province and agency, keyed by where the
/// review stands (pending, granted, refused). Every step of a procedure is audited, so the procedures named by the
/// audited steps after the watermark give the days to recount; the first run counts every day that holds an application.
/// </summary>
public sealed class CreditRepairTallySource : IDashboardTallySource
{
    private const string Steps = "credit-repairs:audit";

    public IReadOnlyList<string> Measures { get; } = [DashboardMeasures.CreditRepairs];

    public async Task<DashboardChanges> ChangesAsync(RegulatorDbContext db, IReadOnlyDictionary<string, long> watermarks, CancellationToken ct)
    {
        var since = DashboardChanges.Position(watermarks, Steps);
        var last = await db.AuditEntries.IgnoreQueryFilters().MaxAsync(a => (long?)a.Id, ct) ?? 0;
        var designations = db.UntrustworthyDesignations.IgnoreQueryFilters().Where(d => d.RepairAppliedOn != null);
        if (since > 0)
        {
            var named = await db.AuditEntries.IgnoreQueryFilters()
                .Where(a => a.Id > since && a.Id <= last && a.Action == CreditAuditActions.DesignationStep && a.RecordId != null)
                .Select(a => a.RecordId!).Distinct().ToListAsync(ct);
            var ids = named.Select(id => long.TryParse(id, out var n) ? n : 0).Where(n => n > 0).ToList();
            designations = designations.Where(d => ids.Contains(d.Id));
        }
        var days = last > since ? await designations.Select(d => d.RepairAppliedOn!.Value).Distinct().ToListAsync(ct) : [];
        return new DashboardChanges(days.ToHashSet(), new Dictionary<string, long> { [Steps] = Math.Max(since, last) });
    }

    public async Task<IReadOnlyList<DashboardTally>> TallyAsync(RegulatorDbContext db, DateOnly from, DateOnly to, CancellationToken ct) =>
        (await db.UntrustworthyDesignations.IgnoreQueryFilters().Where(d => d.RepairAppliedOn >= from && d.RepairAppliedOn <= to && d.Repair != null)
            .GroupBy(d => new { Day = d.RepairAppliedOn!.Value, d.ProvinceCode, d.Agency, Repair = d.Repair!.Value })
            .Select(g => new { g.Key.Day, g.Key.ProvinceCode, g.Key.Agency, g.Key.Repair, Count = g.Count() })
            .ToListAsync(ct))
        .Select(g => new DashboardTally
        {
            Measure = DashboardMeasures.CreditRepairs, Day = g.Day, ProvinceCode = g.ProvinceCode, Agency = g.Agency, Key = g.Repair.ToString(), Count = g.Count,
        }).ToList();
}
