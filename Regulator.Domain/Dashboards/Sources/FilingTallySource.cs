using Microsoft.EntityFrameworkCore;
using Regulator.Domain.Common;
using Regulator.Domain.Persistence;

namespace Regulator.Domain.Dashboards.Sources;

/// <summary>
/// Filings by the China day they were first filed (their <c>CreatedUtc</c>, the day the reviewer list's date filter
/// reads), province, agency, platform, current status and age band. Every change of status writes a filing history
/// row, so the history rows after the watermark name the filings, and so the days, to recount.
/// </summary>
public sealed class FilingTallySource : IDashboardTallySource
{
    private const string History = "filings:history";

    public IReadOnlyList<string> Measures { get; } = [DashboardMeasures.Filings];

    public async Task<DashboardChanges> ChangesAsync(RegulatorDbContext db, IReadOnlyDictionary<string, long> watermarks, CancellationToken ct)
    {
        var since = DashboardChanges.Position(watermarks, History);
        var last = await db.FilingHistory.IgnoreQueryFilters().MaxAsync(h => (long?)h.Id, ct) ?? 0;
        if (last <= since) return new DashboardChanges(new HashSet<DateOnly>(), new Dictionary<string, long> { [History] = since });
        var days = await db.FilingHistory.IgnoreQueryFilters().Where(h => h.Id > since && h.Id <= last)
            .Join(db.Filings.IgnoreQueryFilters(), h => h.FilingId, f => f.Id, (h, f) => f.CreatedUtc.AddHours(8).Date)
            .Distinct().ToListAsync(ct);
        return new DashboardChanges(days.Select(ChinaDays.Of).ToHashSet(), new Dictionary<string, long> { [History] = last });
    }

    public async Task<IReadOnlyList<DashboardTally>> TallyAsync(RegulatorDbContext db, DateOnly from, DateOnly to, CancellationToken ct)
    {
        var (start, end) = (ChinaTime.StartOfDayUtc(from), ChinaTime.StartOfDayUtc(to.AddDays(1)));
        var groups = await db.Filings.IgnoreQueryFilters().Where(f => f.CreatedUtc >= start && f.CreatedUtc < end)
            .GroupBy(f => new { Day = f.CreatedUtc.AddHours(8).Date, f.ProvinceCode, f.Agency, f.PlatformId, f.Status, f.AgeBand })
            .Select(g => new { g.Key.Day, g.Key.ProvinceCode, g.Key.Agency, g.Key.PlatformId, g.Key.Status, g.Key.AgeBand, Count = g.Count() })
            .ToListAsync(ct);
        return groups.Select(g => new DashboardTally
        {
            Measure = DashboardMeasures.Filings, Day = ChinaDays.Of(g.Day), ProvinceCode = g.ProvinceCode, Agency = g.Agency, PlatformId = g.PlatformId,
            Key = g.Status.ToString(), Detail = g.AgeBand?.ToString() ?? "", Count = g.Count,
        }).ToList();
    }
}
