using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Regulator.Domain.Persistence;

namespace Regulator.Domain.Dashboards;

/// <summary>
/// Keeps <see cref="DashboardTally"/> up to date: for each <see cref="IDashboardTallySource"/>, reads what changed
/// since its watermarks, recounts the days concerned from the records and replaces their cells, in one transaction
/// per source (a failed run leaves the old cells and watermarks, and the next run does the same work again). A plain
/// class with one method, called by whatever runs background work (today a hosted loop; a recurring job as well) and
/// at the end of seeding. Runs one at a time: on PostgreSQL across portal instances by an advisory lock; SQLite has one writer.
/// Every month holding a recounted day is then recounted into <see cref="DashboardMonthTally"/> from its daily cells, in
/// the same transaction, so the monthly cells are always the sum of the daily ones (a database whose daily cells
/// predate the monthly rollup has all its months recounted once, on the first run).
/// </summary>
public sealed class DashboardRollup(RegulatorDbContext db, IEnumerable<IDashboardTallySource> sources, ILogger<DashboardRollup> logger)
{
    /// <summary>Advisory lock key (the two-key space 15 = the dashboards issue, 1 = the rollup).</summary>
    private const int LockSpace = 15;

    private const int BulkThreshold = 2000;

    /// <summary>The watermark stored once every month of the daily cells has been recounted into monthly cells.</summary>
    public const string MonthsWatermark = "dashboard-months";

    public async Task<DashboardRollupResult> CatchUpAsync(CancellationToken ct = default)
    {
        var (days, cells) = (0, 0);
        await RecountAllMonthsOnceAsync(ct);
        foreach (var source in sources)
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            if (db.Database.IsNpgsql()) await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_xact_lock({LockSpace}, 1)", ct);
            var watermarks = await db.DashboardWatermarks.AsNoTracking().ToDictionaryAsync(w => w.Name, w => w.Position, ct);
            var changes = await source.ChangesAsync(db, watermarks, ct);
            var measures = source.Measures.ToList();
            foreach (var (from, to) in ChinaDays.Runs(changes.Days))
            {
                await db.DashboardTallies.IgnoreQueryFilters().Where(t => measures.Contains(t.Measure) && t.Day >= from && t.Day <= to).ExecuteDeleteAsync(ct);
                var rows = await source.TallyAsync(db, from, to, ct);
                await InsertAsync(rows, ct);
                days += to.DayNumber - from.DayNumber + 1;
                cells += rows.Count;
            }
            await RecountMonthsAsync(measures, changes.Days, ct);
            foreach (var (name, position) in changes.Positions)
            {
                if (watermarks.TryGetValue(name, out var stored) && stored == position) continue;
                if (watermarks.ContainsKey(name)) db.DashboardWatermarks.Update(new DashboardWatermark { Name = name, Position = position });
                else db.DashboardWatermarks.Add(new DashboardWatermark { Name = name, Position = position });
            }
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            db.ChangeTracker.Clear();
        }
        if (days > 0) logger.LogInformation("Dashboard rollup recounted {Days} days into {Cells} cells", days, cells);
        return new DashboardRollupResult(days, cells);
    }

    /// <summary>Monthly cells for a database whose daily cells were written before the monthly rollup existed; once.</summary>
    private async Task RecountAllMonthsOnceAsync(CancellationToken ct)
    {
        if (await db.DashboardWatermarks.AnyAsync(w => w.Name == MonthsWatermark, ct)) return;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (db.Database.IsNpgsql()) await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_xact_lock({LockSpace}, 1)", ct);
        if (await db.DashboardWatermarks.AnyAsync(w => w.Name == MonthsWatermark, ct)) return;
        var measures = DashboardMonthTally.Measures.ToList();
        var days = await db.DashboardTallies.IgnoreQueryFilters().Where(t => measures.Contains(t.Measure)).Select(t => t.Day).Distinct().ToListAsync(ct);
        await RecountMonthsAsync(measures, days, ct);
        db.DashboardWatermarks.Add(new DashboardWatermark { Name = MonthsWatermark, Position = 1 });
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        db.ChangeTracker.Clear();
    }

    /// <summary>Replaces the monthly cells of <paramref name="measures"/> (those kept by month) in every month holding one of <paramref name="days"/>.</summary>
    private async Task RecountMonthsAsync(IReadOnlyList<string> measures, IEnumerable<DateOnly> days, CancellationToken ct)
    {
        var monthly = measures.Intersect(DashboardMonthTally.Measures).ToList();
        if (monthly.Count == 0) return;
        foreach (var month in days.Select(DashboardMonthTally.MonthOf).Distinct().Order())
        {
            var end = month.AddMonths(1);
            await db.DashboardMonthTallies.IgnoreQueryFilters().Where(t => monthly.Contains(t.Measure) && t.Day == month).ExecuteDeleteAsync(ct);
            var rows = await db.DashboardTallies.IgnoreQueryFilters().Where(t => monthly.Contains(t.Measure) && t.Day >= month && t.Day < end)
                .GroupBy(t => new { t.Measure, t.ProvinceCode, t.Agency, t.PlatformId, t.CategoryId, t.Key, t.Detail })
                .Select(g => new DashboardMonthTally
                {
                    Measure = g.Key.Measure, Day = month, ProvinceCode = g.Key.ProvinceCode, Agency = g.Key.Agency, PlatformId = g.Key.PlatformId,
                    CategoryId = g.Key.CategoryId, Key = g.Key.Key, Detail = g.Key.Detail, Count = g.Sum(t => t.Count), Sum = g.Sum(t => t.Sum),
                })
                .ToListAsync(ct);
            await InsertAsync(rows, ct);
        }
    }

    // A first catch-up over a year of a million records writes hundreds of thousands of cells: COPY on PostgreSQL.
    private async Task InsertAsync<T>(IReadOnlyList<T> rows, CancellationToken ct) where T : DashboardCell
    {
        if (rows.Count >= BulkThreshold && db.Database.IsNpgsql())
        {
            var ids = await PostgresBulkCopy.NextIdsAsync<T>(db, rows.Count, ct);
            for (var i = 0; i < rows.Count; i++) rows[i].Id = ids[i];
            await PostgresBulkCopy.CopyAsync(db, rows, ct);
            return;
        }
        db.Set<T>().AddRange(rows);
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
    }
}
