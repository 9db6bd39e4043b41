using Microsoft.EntityFrameworkCore;
using Regulator.Domain.Persistence;
using Regulator.Domain.Platforms;

namespace Regulator.Domain.Blacklist;

/// <summary>
/// One blacklist entry as its page shows it: the entry with its category and history, and the names of the platforms
/// it names. Read through the scoped context: another province's unpublished entry is not found.
/// </summary>
public static class BlacklistRecord
{
    public sealed record View(BlacklistEntry Entry, IReadOnlyDictionary<int, string> PlatformNames);

    public static async Task<View?> FindAsync(RegulatorDbContext db, long id, CancellationToken ct = default)
    {
        var entry = await db.BlacklistEntries.AsNoTracking().Include(e => e.Category)
            .FirstOrDefaultAsync(e => e.Id == id, ct);
        if (entry is null) return null;
        return new View(entry, await PlatformNames.LookupAsync(db, entry.PlatformIds.Append(entry.ReportingPlatformId ?? 0), ct));
    }
}
