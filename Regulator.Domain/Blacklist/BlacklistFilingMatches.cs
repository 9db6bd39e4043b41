using Microsoft.EntityFrameworkCore;
using Regulator.Domain.Common;
using Regulator.Domain.Filings;
using Regulator.Domain.Persistence;

namespace Regulator.Domain.Blacklist;

/// <summary>
/// Identities filed on one platform while blacklisted through another: filings (the reader's province's, by the
/// central filter) whose blind index matches a published entry in force that does not name the filing's platform.
/// Matched by keyed hash only; the numbers are never decrypted. Newest filing first. Paged by offset: every match
/// is a person the list failed to keep off a platform, so there are few (each is acted on), while the join that
/// finds them reads the filings' blind-index index whatever the paging, and its total needs that join whole anyway.
/// </summary>
/// <param name="Today">The China day deciding which entries are in force.</param>
public sealed record BlacklistFilingMatches(DateOnly Today) : IListQuery<BlacklistFilingMatches.Row>
{
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

    public Task<ListPage<Row>> PageAsync(RegulatorDbContext db, ListRequest page, CancellationToken ct = default) =>
        OffsetPaging.PageAsync(Among(db.Filings.AsNoTracking().Where(f => f.Status != FilingStatus.Withdrawn), db, Today)
            .OrderByDescending(m => m.Filing.Id).ThenByDescending(m => m.Entry.Id)
            .Select(m => new Row(m.Filing.Id, m.Filing.PlatformId, m.Filing.PlatformPublisherId, m.Filing.IdentityMasked, m.Filing.Status,
                m.Filing.ProvinceCode, m.Entry.Id, m.Entry.Severity, m.Entry.EndsOn, m.Entry.PlatformIds)), page, ct);
}
