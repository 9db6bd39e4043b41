using Microsoft.EntityFrameworkCore;
using Regulator.Domain.Blacklist;
using Regulator.Domain.Common;
using Regulator.Domain.Persistence;

namespace Regulator.Domain.Dashboards.Sources;

/// <summary>
/// Blacklist entries by the China day proposed (state and severity as they stand) and by the day published nationally.
/// Every move of an entry sets its <c>UpdatedUtc</c>, so entries updated after the watermark name the days to recount.
/// </summary>
public sealed class BlacklistTallySource : IDashboardTallySource
{
    private const string Updated = "blacklist:updated";

    // Commits can land slightly out of time order; re-reading a short overlap costs a recount of the same days, nothing more.
    private static readonly TimeSpan Overlap = TimeSpan.FromMinutes(2);

    public IReadOnlyList<string> Measures { get; } = [DashboardMeasures.BlacklistEntries, DashboardMeasures.BlacklistPublished];

    public async Task<DashboardChanges> ChangesAsync(RegulatorDbContext db, IReadOnlyDictionary<string, long> watermarks, CancellationToken ct)
    {
        var since = DashboardChanges.Position(watermarks, Updated);
        var sinceUtc = since == 0 ? DateTime.MinValue : new DateTime(since, DateTimeKind.Utc) - Overlap;
        var changed = await db.BlacklistEntries.IgnoreQueryFilters().Where(e => e.UpdatedUtc > sinceUtc)
            .GroupBy(e => new { Proposed = e.CreatedUtc.AddHours(8).Date, Published = e.PublishedUtc == null ? (DateTime?)null : e.PublishedUtc.Value.AddHours(8).Date })
            .Select(g => new { g.Key.Proposed, g.Key.Published, Last = g.Max(e => e.UpdatedUtc) })
            .ToListAsync(ct);
        var last = changed.Count == 0 ? since : Math.Max(since, changed.Max(c => c.Last).Ticks);
        var days = changed.Select(c => ChinaDays.Of(c.Proposed)).Concat(changed.Where(c => c.Published is not null).Select(c => ChinaDays.Of(c.Published!.Value)));
        // The overlap re-reads the last entries every run: only days whose cells might be stale are worth a recount.
        return new DashboardChanges(last == since ? new HashSet<DateOnly>() : days.ToHashSet(), new Dictionary<string, long> { [Updated] = last });
    }

    public async Task<IReadOnlyList<DashboardTally>> TallyAsync(RegulatorDbContext db, DateOnly from, DateOnly to, CancellationToken ct)
    {
        var (start, end) = (ChinaTime.StartOfDayUtc(from), ChinaTime.StartOfDayUtc(to.AddDays(1)));
        var entries = db.BlacklistEntries.IgnoreQueryFilters();
        var proposed = await entries.Where(e => e.CreatedUtc >= start && e.CreatedUtc < end)
            .GroupBy(e => new { Day = e.CreatedUtc.AddHours(8).Date, e.ProvinceCode, e.Agency, PlatformId = e.ReportingPlatformId ?? 0, e.CategoryId, e.State, e.Severity })
            .Select(g => new { g.Key.Day, g.Key.ProvinceCode, g.Key.Agency, g.Key.PlatformId, g.Key.CategoryId, State = (BlacklistState?)g.Key.State, g.Key.Severity, Count = g.Count() })
            .ToListAsync(ct);
        var published = await entries.Where(e => e.PublishedUtc >= start && e.PublishedUtc < end)
            .GroupBy(e => new { Day = e.PublishedUtc!.Value.AddHours(8).Date, e.ProvinceCode, e.Agency, PlatformId = e.ReportingPlatformId ?? 0, e.CategoryId, e.Severity })
            .Select(g => new { g.Key.Day, g.Key.ProvinceCode, g.Key.Agency, g.Key.PlatformId, g.Key.CategoryId, State = (BlacklistState?)null, g.Key.Severity, Count = g.Count() })
            .ToListAsync(ct);
        return proposed.Select(g => (Measure: DashboardMeasures.BlacklistEntries, Cell: g)).Concat(published.Select(g => (Measure: DashboardMeasures.BlacklistPublished, Cell: g)))
            .Select(x => new DashboardTally
            {
                Measure = x.Measure, Day = ChinaDays.Of(x.Cell.Day), ProvinceCode = x.Cell.ProvinceCode, Agency = x.Cell.Agency, PlatformId = x.Cell.PlatformId,
                CategoryId = x.Cell.CategoryId, Key = x.Cell.State?.ToString() ?? "", Detail = x.Cell.Severity.ToString(), Count = x.Cell.Count,
            }).ToList();
    }
}
