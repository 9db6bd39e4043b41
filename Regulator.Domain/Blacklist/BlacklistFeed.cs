using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Regulator.Domain.Common;
using Regulator.Domain.Persistence;

namespace Regulator.Domain.Blacklist;

/// <summary>Reads the versioned feed: for platforms (<c>changes?since=</c>) and for each instance's copy of the list.</summary>
public sealed class BlacklistFeed(RegulatorDbContext db, TimeProvider clock)
{
    public const int MaxPageSize = 5000;

    /// <summary>One row by primary key: cheap enough to ask every second on every instance.</summary>
    public Task<long> CurrentVersionAsync(CancellationToken ct = default) =>
        db.BlacklistFeedVersions.AsNoTracking().Where(v => v.Id == BlacklistFeedVersion.SingletonId).Select(v => v.Version).SingleAsync(ct);

    /// <summary>Lines after <paramref name="since"/>, oldest first, at most <paramref name="limit"/>.</summary>
    public async Task<IReadOnlyList<BlacklistChange>> ChangesSinceAsync(long since, int limit, CancellationToken ct = default) =>
        await db.BlacklistChanges.AsNoTracking().Where(c => c.Version > since).OrderBy(c => c.Version)
            .Take(Math.Clamp(limit, 1, MaxPageSize)).ToListAsync(ct);

    /// <summary>Every published entry in force today, streamed (a million rows at start-up must not be held twice).</summary>
    public async IAsyncEnumerable<(byte[] BlindIndex, BlacklistStanding Standing)> PublishedAsync([EnumeratorCancellation] CancellationToken ct = default)
    {
        var today = ChinaTime.Today(clock);
        // The national list, read by the portal itself: no actor's scope applies.
        var rows = db.BlacklistEntries.IgnoreQueryFilters().AsNoTracking()
            .Where(e => e.State == BlacklistState.Published && (e.EndsOn == null || e.EndsOn >= today))
            .Select(e => new { e.IdentityBlindIndex, e.Severity, e.EndsOn })
            .AsAsyncEnumerable();
        await foreach (var row in rows.WithCancellation(ct))
            yield return (row.IdentityBlindIndex, new BlacklistStanding(row.Severity, row.EndsOn));
    }
}
