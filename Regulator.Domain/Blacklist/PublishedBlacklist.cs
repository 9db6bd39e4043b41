using System.Collections.Concurrent;

namespace Regulator.Domain.Blacklist;

/// <summary>
/// This instance's copy of the published list: blind index → standing. Account-opening checks are answered from it
/// with one hash lookup and no database round trip. It is loaded once at start-up and then kept current by applying
/// the feed's lines as the version counter moves (see the refresher), which bounds how stale any instance can be.
/// </summary>
public sealed class PublishedBlacklist
{
    private volatile ConcurrentDictionary<BlindIndexKey, BlacklistStanding> _listed = new();
    private long _version = -1;

    /// <summary>False until the first load: until then no "not on the list" answer may be given.</summary>
    public bool IsLoaded => Volatile.Read(ref _version) >= 0;

    /// <summary>The feed version this copy reflects.</summary>
    public long Version => Volatile.Read(ref _version);

    public int Count => _listed.Count;

    public BlacklistStanding? Lookup(ReadOnlySpan<byte> blindIndex, DateOnly today) =>
        _listed.TryGetValue(new BlindIndexKey(blindIndex), out var standing) && standing.IsInForceOn(today) ? standing : null;

    /// <summary>Replaces the whole copy with entries read at <paramref name="version"/>; readers switch to it at once.</summary>
    public async Task LoadAsync(IAsyncEnumerable<(byte[] BlindIndex, BlacklistStanding Standing)> published, long version, CancellationToken ct = default)
    {
        var listed = new ConcurrentDictionary<BlindIndexKey, BlacklistStanding>();
        await foreach (var (index, standing) in published.WithCancellation(ct))
            listed.AddOrUpdate(new BlindIndexKey(index), standing, (_, held) => BlacklistStanding.Strongest([held, standing])!.Value);
        _listed = listed;
        Volatile.Write(ref _version, version);
    }

    /// <summary>Applies feed lines in version order; lines at or below the current version are already reflected.</summary>
    public void Apply(IEnumerable<BlacklistChange> changes)
    {
        var listed = _listed;
        foreach (var change in changes.OrderBy(c => c.Version))
        {
            if (change.Version <= Version) continue;
            var key = new BlindIndexKey(change.BlindIndex);
            if (change.Standing is { } standing) listed[key] = standing;
            else listed.TryRemove(key, out _);
            Volatile.Write(ref _version, change.Version);
        }
    }
}
