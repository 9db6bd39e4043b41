using Microsoft.EntityFrameworkCore;
using Regulator.Domain.Common;
using Regulator.Domain.Persistence;

namespace Regulator.Domain.Blacklist;

/// <summary>
/// Appends to the versioned feed whatever a publication, lift or expiry changed. The change and its feed lines are
/// saved in one transaction that first locks the version row, so feed writers run one at a time and versions commit
/// in order — a reader polling the counter never skips a line. Only identities whose standing actually moved get a
/// line: lifting one of two bans on a person is a change of end date, not a removal.
/// </summary>
public sealed class BlacklistFeedWriter(RegulatorDbContext db, TimeProvider clock)
{
    private const int BulkThreshold = 1000;

    /// <summary>Runs <paramref name="change"/> (which saves its own changes) for entries of the given identities, and records the result in the feed.</summary>
    public async Task<T> ChangeAsync<T>(IEnumerable<byte[]> identities, Func<Task<T>> change, CancellationToken ct = default)
    {
        var distinct = identities.DistinctBy(i => new BlindIndexKey(i)).ToList();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await LockAsync(ct);
        var today = ChinaTime.Today(clock);
        var before = await StandingsAsync(distinct, today, ct);
        var result = await change();
        var after = await StandingsAsync(distinct, today, ct);

        var now = clock.GetUtcNow().UtcDateTime;
        var lines = new List<BlacklistChange>();
        foreach (var index in distinct)
        {
            var was = before.GetValueOrDefault(new BlindIndexKey(index));
            var becomes = after.GetValueOrDefault(new BlindIndexKey(index));
            if (was == becomes) continue;
            lines.Add(new BlacklistChange
            {
                BlindIndex = index,
                Kind = was is null ? BlacklistChangeKind.Added : becomes is null ? BlacklistChangeKind.Removed : BlacklistChangeKind.Changed,
                Severity = becomes?.Severity,
                EndsOn = becomes?.EndsOn,
                ChangedUtc = now,
            });
        }
        await AppendLockedAsync(lines, ct);
        await transaction.CommitAsync(ct);
        return result;
    }

    /// <summary>
    /// Appends lines whose standings the caller already knows (bulk loading of identities not yet on the list), in the
    /// caller's transaction if it has one, so the entries and their lines are committed together.
    /// </summary>
    public async Task AppendAsync(IReadOnlyList<BlacklistChange> lines, CancellationToken ct = default)
    {
        await using var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        await LockAsync(ct);
        await AppendLockedAsync(lines, ct);
        if (transaction is not null) await transaction.CommitAsync(ct);
    }

    // A no-op update takes the row lock (PostgreSQL) or the write lock (SQLite) until the transaction ends.
    private Task LockAsync(CancellationToken ct) =>
        db.BlacklistFeedVersions.Where(v => v.Id == BlacklistFeedVersion.SingletonId)
            .ExecuteUpdateAsync(s => s.SetProperty(v => v.Version, v => v.Version), ct);

    private async Task AppendLockedAsync(IReadOnlyList<BlacklistChange> lines, CancellationToken ct)
    {
        if (lines.Count == 0) return;
        var version = await db.BlacklistFeedVersions.AsNoTracking().Where(v => v.Id == BlacklistFeedVersion.SingletonId).Select(v => v.Version).SingleAsync(ct);
        foreach (var line in lines) line.Version = ++version;
        // Thousands of lines at once (a bulk load) go by binary COPY on PostgreSQL; a publication's few by the unit of work.
        if (lines.Count >= BulkThreshold && db.Database.IsNpgsql())
            await PostgresBulkCopy.CopyAsync(db, lines, ct);
        else
        {
            db.BlacklistChanges.AddRange(lines);
            await db.SaveChangesAsync(ct);
        }
        await db.BlacklistFeedVersions.Where(v => v.Id == BlacklistFeedVersion.SingletonId)
            .ExecuteUpdateAsync(s => s.SetProperty(v => v.Version, version), ct);
    }

    // The standing is national: it looks past the actor's scope at every published entry of these identities.
    private async Task<Dictionary<BlindIndexKey, BlacklistStanding?>> StandingsAsync(IReadOnlyList<byte[]> identities, DateOnly today, CancellationToken ct)
    {
        var published = await db.BlacklistEntries.IgnoreQueryFilters().AsNoTracking()
            .Where(e => e.State == BlacklistState.Published && identities.Contains(e.IdentityBlindIndex))
            .ToListAsync(ct);
        return published.GroupBy(e => new BlindIndexKey(e.IdentityBlindIndex))
            .ToDictionary(g => g.Key, g => BlacklistStanding.Of(g, today));
    }
}
