using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Regulator.Domain.Common;
using Regulator.Domain.Filings;
using Regulator.Domain.Persistence;

namespace Regulator.Domain.Blacklist;

/// <summary>
/// Identities filed on one platform while blacklisted through another: filings (the reader's province's, by the
/// central filter) whose blind index matches a published entry in force that does not name the filing's platform.
/// Matched by keyed hash only; the numbers are never decrypted. Newest filing first, read by keyset.
/// </summary>
public sealed record BlacklistFilingMatches(string? After = null)
{
    public const int PageSize = 50;

    public sealed record Row(long FilingId, int FilingPlatformId, string PlatformPublisherId, string IdentityMasked, FilingStatus FilingStatus,
        string FilingProvinceCode, long EntryId, BlacklistSeverity Severity, DateOnly? EndsOn, IReadOnlyList<int> EntryPlatformIds);

    /// <summary>A filing and a published entry in force on its identity, through another platform.</summary>
    public sealed class Match
    {
        public required Filing Filing { get; init; }
        public required BlacklistEntry Entry { get; init; }
    }

    /// <summary>
    /// The matches among <paramref name="filings"/>, as a query to compose: this page lists every filing not withdrawn,
    /// the inspections count one platform's live filings.
    /// </summary>
    public static IQueryable<Match> Among(IQueryable<Filing> filings, RegulatorDbContext db, DateOnly today)
    {
        var published = db.BlacklistEntries.Where(e => e.State == BlacklistState.Published && (e.EndsOn == null || e.EndsOn >= today));
        return from f in filings
            join e in published on f.IdentityBlindIndex equals e.IdentityBlindIndex
            where !e.PlatformIds.Contains(f.PlatformId)
            select new Match { Filing = f, Entry = e };
    }

    public async Task<KeysetPage<Row>> RunAsync(RegulatorDbContext db, DateOnly today, CancellationToken ct = default)
    {
        var query = Among(db.Filings.AsNoTracking().Where(f => f.Status != FilingStatus.Withdrawn), db, today);
        if (Decode(After) is var (filingId, entryId))
            query = query.Where(m => m.Filing.Id < filingId || (m.Filing.Id == filingId && m.Entry.Id < entryId));
        var rows = await query.OrderByDescending(m => m.Filing.Id).ThenByDescending(m => m.Entry.Id)
            .Select(m => new Row(m.Filing.Id, m.Filing.PlatformId, m.Filing.PlatformPublisherId, m.Filing.IdentityMasked, m.Filing.Status,
                m.Filing.ProvinceCode, m.Entry.Id, m.Entry.Severity, m.Entry.EndsOn, m.Entry.PlatformIds))
            .Take(PageSize + 1)
            .ToListAsync(ct);
        var next = rows.Count > PageSize ? $"{rows[PageSize - 1].FilingId}.{rows[PageSize - 1].EntryId}" : null;
        return new KeysetPage<Row>(rows.Take(PageSize).ToList(), next);
    }

    // A (filing, entry) pair: one filing can match entries from several provinces.
    private static (long FilingId, long EntryId)? Decode(string? cursor)
    {
        var parts = cursor?.Split('.');
        return parts is { Length: 2 }
               && long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var filing)
               && long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var entry)
            ? (filing, entry)
            : null;
    }
}
