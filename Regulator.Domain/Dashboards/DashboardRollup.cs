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
/// </summary>
public sealed class DashboardRollup(RegulatorDbContext db, IEnumerable<IDashboardTallySource> sources, ILogger<DashboardRollup> logger)
{
    /// <summary>Advisory lock key (the two-key space 15 = the dashboards issue, 1 = the rollup).</summary>
    private const int LockSpace = 15;

    private const int BulkThreshold = 2000;

    public async Task<DashboardRollupResult> CatchUpAsync(CancellationToken ct = default)
    {
        var (days, cells) = (0, 0);
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

    // A first catch-up over a year of a million records writes hundreds of thousands of cells: COPY on PostgreSQL.
    private async Task InsertAsync(IReadOnlyList<DashboardTally> rows, CancellationToken ct)
    {
        if (rows.Count >= BulkThreshold && db.Database.IsNpgsql())
        {
            var ids = await PostgresBulkCopy.NextIdsAsync<DashboardTally>(db, rows.Count, ct);
            for (var i = 0; i < rows.Count; i++) rows[i].Id = ids[i];
            await PostgresBulkCopy.CopyAsync(db, rows, ct);
            return;
        }
        db.DashboardTallies.AddRange(rows);
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
    }
}
