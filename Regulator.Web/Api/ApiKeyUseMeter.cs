using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Regulator.Domain.Auditing;
using Regulator.Domain.Identity;
using Regulator.Domain.Persistence;
using Regulator.Domain.Platforms;

namespace Regulator.Web.Api;

/// <summary>
/// The audit of high-volume key use, in aggregate: per key, endpoint and caller address, how many calls between the
/// first and the last, written as one <see cref="AuditActions.ApiKeyUsed"/> row per group at each flush (every few
/// seconds). Auditors still see which key was used, for what, from where, when and how often; what they lose is one
/// row per call, which at ten thousand checks a second would be the bottleneck and bury everything else in the log.
/// Counting is lock-free; a failed flush puts its counts back, and only a crash loses the unflushed seconds.
/// </summary>
public sealed class ApiKeyUseMeter : IBufferedCounter
{
    private sealed record Group(ApiKeyGrant Key, string Endpoint, string? IpAddress);

    private sealed class Tally
    {
        // long.MinValue marks a tally retired after a flush found it idle; a call that still reaches it starts a new one.
        public long Calls;
        public long FirstTicks;
        public long LastTicks;
    }

    private readonly ConcurrentDictionary<Group, Tally> _groups = new();

    public void Record(ApiKeyGrant key, string endpoint, string? ipAddress, DateTime nowUtc) =>
        Add(new Group(key, endpoint, ipAddress), 1, nowUtc.Ticks, nowUtc.Ticks);

    public async Task FlushAsync(RegulatorDbContext db, CancellationToken ct)
    {
        var drained = new List<(Group Group, long Calls, long First, long Last)>();
        foreach (var (group, tally) in _groups)
        {
            var calls = Interlocked.Exchange(ref tally.Calls, 0);
            if (calls > 0)
            {
                var last = Interlocked.Read(ref tally.LastTicks);
                var first = Interlocked.Exchange(ref tally.FirstTicks, 0);
                drained.Add((group, calls, first == 0 ? last : first, last));
            }
            else if (calls == 0 && Interlocked.CompareExchange(ref tally.Calls, long.MinValue, 0) == 0)
                _groups.TryRemove(new KeyValuePair<Group, Tally>(group, tally));
        }
        if (drained.Count == 0) return;

        foreach (var (group, calls, first, last) in drained)
            db.AuditEntries.Add(new AuditEntry
            {
                OccurredUtc = new DateTime(last, DateTimeKind.Utc),
                UserName = Actor.PlatformNamePrefix + group.Key.PlatformId,
                IpAddress = group.IpAddress,
                Action = AuditActions.ApiKeyUsed,
                RecordType = nameof(Platform),
                RecordId = group.Key.PlatformId.ToString(),
                ProvinceCode = group.Key.ProvinceCode,
                Details = $"key {group.Key.Prefix} {group.Endpoint} ×{calls} between {new DateTime(first):HH:mm:ss.fff} and {new DateTime(last):HH:mm:ss.fff} UTC (aggregated)",
            });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch
        {
            db.ChangeTracker.Clear();
            foreach (var (group, calls, first, last) in drained) Add(group, calls, first, last);
            throw;
        }
        foreach (var key in drained.GroupBy(d => d.Group.Key.KeyId))
        {
            var lastUsed = new DateTime(key.Max(d => d.Last), DateTimeKind.Utc);
            await db.PlatformApiKeys.Where(k => k.Id == key.Key).ExecuteUpdateAsync(s => s.SetProperty(k => k.LastUsedUtc, lastUsed), ct);
        }
    }

    private void Add(Group group, long calls, long firstTicks, long lastTicks)
    {
        while (true)
        {
            var tally = _groups.GetOrAdd(group, _ => new Tally());
            if (Interlocked.Add(ref tally.Calls, calls) > 0)
            {
                Interlocked.CompareExchange(ref tally.FirstTicks, firstTicks, 0);
                Interlocked.Exchange(ref tally.LastTicks, lastTicks);
                return;
            }
            // Retired by a flush: drop it (only if it is still the one in the map) and count in a fresh tally.
            _groups.TryRemove(new KeyValuePair<Group, Tally>(group, tally));
        }
    }
}
