using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Regulator.Domain.Common;
using Regulator.Domain.Persistence;

namespace Regulator.Domain.Blacklist;

/// <summary>
/// Counts checks per platform in memory (a few interlocked additions per request) and adds them to
/// <see cref="BlacklistCheckTally"/> rows when flushed. Counts drained for a flush that fails are put back, so a
/// database hiccup delays the tally but does not lose it; only a crash loses the last few seconds.
/// </summary>
public sealed class BlacklistCheckMeter(TimeProvider clock) : IBufferedCounter
{
    private sealed class Counter(string provinceCode)
    {
        public readonly string ProvinceCode = provinceCode;
        public long Checks, OnList, Invalid;
    }

    private readonly ConcurrentDictionary<int, Counter> _counters = new();

    public void Record(int platformId, string provinceCode, int checks, int onList, int invalid)
    {
        var counter = _counters.GetOrAdd(platformId, _ => new Counter(provinceCode));
        Interlocked.Add(ref counter.Checks, checks);
        if (onList > 0) Interlocked.Add(ref counter.OnList, onList);
        if (invalid > 0) Interlocked.Add(ref counter.Invalid, invalid);
    }

    public async Task FlushAsync(RegulatorDbContext db, CancellationToken ct)
    {
        var day = ChinaTime.Today(clock);
        foreach (var (platformId, counter) in _counters)
        {
            var checks = Interlocked.Exchange(ref counter.Checks, 0);
            var onList = Interlocked.Exchange(ref counter.OnList, 0);
            var invalid = Interlocked.Exchange(ref counter.Invalid, 0);
            if (checks == 0) continue;
            try
            {
                await AddAsync(db, platformId, counter.ProvinceCode, day, checks, onList, invalid, ct);
            }
            catch
            {
                Interlocked.Add(ref counter.Checks, checks);
                Interlocked.Add(ref counter.OnList, onList);
                Interlocked.Add(ref counter.Invalid, invalid);
                throw;
            }
        }
    }

    // Several instances add to the same row, so the addition happens in SQL; the first flush of the day inserts,
    // and if another instance inserted first the unique index refuses ours and we add instead.
    private static async Task AddAsync(RegulatorDbContext db, int platformId, string provinceCode, DateOnly day, long checks, long onList, long invalid, CancellationToken ct)
    {
        for (var attempt = 0; ; attempt++)
        {
            var updated = await db.BlacklistCheckTallies.IgnoreQueryFilters().Where(t => t.PlatformId == platformId && t.Day == day)
                .ExecuteUpdateAsync(s => s
                    .SetProperty(t => t.Checks, t => t.Checks + checks)
                    .SetProperty(t => t.OnList, t => t.OnList + onList)
                    .SetProperty(t => t.Invalid, t => t.Invalid + invalid), ct);
            if (updated > 0) return;
            var tally = new BlacklistCheckTally { PlatformId = platformId, ProvinceCode = provinceCode, Day = day, Checks = checks, OnList = onList, Invalid = invalid };
            db.BlacklistCheckTallies.Add(tally);
            try
            {
                await db.SaveChangesAsync(ct);
                return;
            }
            catch (DbUpdateException) when (attempt == 0)
            {
                db.Entry(tally).State = EntityState.Detached;
            }
        }
    }
}
