using Microsoft.EntityFrameworkCore;
using Regulator.Domain.Persistence;
using Regulator.Domain.Platforms;

namespace Regulator.Domain.Blacklist;

/// <summary>
/// The blacklist page's tally of today's checks: the platforms (of the reader's province, by the central filter)
/// that checked most on one China day, with their platform names.
/// </summary>
public static class BlacklistChecksToday
{
    /// <summary>At most this many platforms are shown, busiest first.</summary>
    public const int Shown = 10;

    /// <summary>One platform's counts for the day.</summary>
    public sealed record Row(int PlatformId, string PlatformName, long Checks, long OnList, long Invalid);

    public static async Task<IReadOnlyList<Row>> ReadAsync(RegulatorDbContext db, DateOnly today, CancellationToken ct = default)
    {
        var tallies = await db.BlacklistCheckTallies.AsNoTracking().Where(t => t.Day == today).OrderByDescending(t => t.Checks).Take(Shown).ToListAsync(ct);
        var names = await PlatformNames.LookupAsync(db, tallies.Select(t => t.PlatformId), ct);
        return tallies.Select(t => new Row(t.PlatformId, names.GetValueOrDefault(t.PlatformId, $"#{t.PlatformId}"), t.Checks, t.OnList, t.Invalid)).ToList();
    }
}
