using Microsoft.EntityFrameworkCore;
using Regulator.Domain.Common;
using Regulator.Domain.Persistence;
using Regulator.Domain.SpotChecks;

namespace Regulator.Domain.Dashboards.Sources;

/// <summary>
/// Spot checks (双随机、一公开; CAC Art. 4, MCT opinion 13): plans by the China day created (key = status; agency 0 for a
/// plan over both agencies, so it counts only where no agency is chosen), and tasks by the day drawn, per province,
/// plan agency (likewise) and platform (key = task status, sum = tasks whose results found a problem). Every step of the spot-check procedure
/// is audited against its plan, draw or task, so the records named by audit entries after the watermark give the days
/// to recount; the first run counts every day that holds a plan or a task.
/// </summary>
public sealed class SpotCheckTallySource : IDashboardTallySource
{
    private const string Steps = "spot-checks:audit";

    public IReadOnlyList<string> Measures { get; } = [DashboardMeasures.SpotCheckPlans, DashboardMeasures.SpotChecks];

    public async Task<DashboardChanges> ChangesAsync(RegulatorDbContext db, IReadOnlyDictionary<string, long> watermarks, CancellationToken ct)
    {
        var since = DashboardChanges.Position(watermarks, Steps);
        var last = await db.AuditEntries.IgnoreQueryFilters().MaxAsync(a => (long?)a.Id, ct) ?? 0;
        if (last <= since) return new DashboardChanges(new HashSet<DateOnly>(), new Dictionary<string, long> { [Steps] = since });
        var plans = db.SpotCheckPlans.IgnoreQueryFilters();
        var tasks = db.SpotCheckTasks.IgnoreQueryFilters();
        if (since > 0)
        {
            var named = await db.AuditEntries.IgnoreQueryFilters()
                .Where(a => a.Id > since && a.Id <= last && a.RecordId != null
                    && (a.RecordType == nameof(SpotCheckPlan) || a.RecordType == nameof(SpotCheckDraw) || a.RecordType == nameof(SpotCheckTask)))
                .Select(a => new { a.RecordType, a.RecordId }).Distinct().ToListAsync(ct);
            List<long> Ids(string type) => [.. named.Where(n => n.RecordType == type).Select(n => long.TryParse(n.RecordId, out var id) ? id : 0).Where(id => id > 0)];
            var planIds = Ids(nameof(SpotCheckPlan)).Select(id => (int)id).ToList();
            var drawIds = Ids(nameof(SpotCheckDraw)).Select(id => (int)id).ToList();
            var taskIds = Ids(nameof(SpotCheckTask));
            // A draw (or redraw, which cancels the earlier draw's tasks) changes every task of its plan.
            var drawnPlans = db.SpotCheckDraws.IgnoreQueryFilters().Where(d => drawIds.Contains(d.Id)).Select(d => d.PlanId);
            plans = plans.Where(p => planIds.Contains(p.Id));
            tasks = tasks.Where(t => taskIds.Contains(t.Id) || drawnPlans.Contains(t.PlanId));
        }
        var created = await plans.Select(p => p.CreatedUtc.AddHours(8).Date).Distinct().ToListAsync(ct);
        var drawn = await tasks.Select(t => t.DrawnOn).Distinct().ToListAsync(ct);
        return new DashboardChanges(created.Select(ChinaDays.Of).Concat(drawn).ToHashSet(), new Dictionary<string, long> { [Steps] = last });
    }

    public async Task<IReadOnlyList<DashboardTally>> TallyAsync(RegulatorDbContext db, DateOnly from, DateOnly to, CancellationToken ct)
    {
        var (start, end) = (ChinaTime.StartOfDayUtc(from), ChinaTime.StartOfDayUtc(to.AddDays(1)));
        var plans = await db.SpotCheckPlans.IgnoreQueryFilters().Where(p => p.CreatedUtc >= start && p.CreatedUtc < end)
            .GroupBy(p => new { Day = p.CreatedUtc.AddHours(8).Date, p.ProvinceCode, p.Agency, p.Status })
            .Select(g => new { g.Key.Day, g.Key.ProvinceCode, g.Key.Agency, g.Key.Status, Count = g.Count() })
            .ToListAsync(ct);
        // Tasks count under their plan's agency (0 for a joint plan, as its plan does), so the plan list filtered by
        // agency holds exactly the tasks the figure counts.
        var drawn = db.SpotCheckTasks.IgnoreQueryFilters().Where(t => t.DrawnOn >= from && t.DrawnOn <= to)
            .Join(db.SpotCheckPlans.IgnoreQueryFilters(), t => t.PlanId, p => p.Id, (t, p) => new { t.Id, t.DrawnOn, t.ProvinceCode, p.Agency, t.PlatformId, t.Status });
        var tasks = await drawn.GroupBy(t => new { t.DrawnOn, t.ProvinceCode, t.Agency, t.PlatformId, t.Status })
            .Select(g => new { g.Key.DrawnOn, g.Key.ProvinceCode, g.Key.Agency, g.Key.PlatformId, g.Key.Status, Count = g.Count() })
            .ToListAsync(ct);
        // Tasks whose results found a problem, counted per cell by a second grouping (an aggregate over a subquery is not portable SQL).
        var problems = db.CheckResults.IgnoreQueryFilters().Where(r => r.Outcome != CheckOutcome.NoProblem);
        var findings = (await drawn.Where(t => problems.Any(r => r.TaskId == t.Id))
                .GroupBy(t => new { t.DrawnOn, t.ProvinceCode, t.Agency, t.PlatformId, t.Status })
                .Select(g => new { g.Key.DrawnOn, g.Key.ProvinceCode, g.Key.Agency, g.Key.PlatformId, g.Key.Status, Count = g.Count() })
                .ToListAsync(ct))
            .ToDictionary(g => (g.DrawnOn, g.ProvinceCode, g.Agency, g.PlatformId, g.Status), g => g.Count);
        return
        [
            .. plans.Select(g => new DashboardTally
            {
                Measure = DashboardMeasures.SpotCheckPlans, Day = ChinaDays.Of(g.Day), ProvinceCode = g.ProvinceCode, Agency = g.Agency ?? 0, Key = g.Status.ToString(),
                Count = g.Count,
            }),
            .. tasks.Select(g => new DashboardTally
            {
                Measure = DashboardMeasures.SpotChecks, Day = g.DrawnOn, ProvinceCode = g.ProvinceCode, Agency = g.Agency ?? 0, PlatformId = g.PlatformId,
                Key = g.Status.ToString(), Count = g.Count, Sum = findings.GetValueOrDefault((g.DrawnOn, g.ProvinceCode, g.Agency, g.PlatformId, g.Status)),
            }),
        ];
    }
}
