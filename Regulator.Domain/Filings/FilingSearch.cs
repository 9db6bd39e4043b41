using Microsoft.EntityFrameworkCore;
using Regulator.Domain.Common;
using Regulator.Domain.Persistence;
using Regulator.Domain.Protection;

namespace Regulator.Domain.Filings;

/// <summary>
/// The reviewer list as the portal pages and exports it: the filters of <see cref="FilingListFilter"/>, newest first
/// (oldest first when <paramref name="OldestFirst"/>, the sortable "filed" column: the same index read the other way),
/// keyset paging on (CreatedUtc, Id) in both directions (the list holds millions of rows), with the total count
/// (from the kept <see cref="FilingCount"/>s when the filters allow).
/// Identity numbers appear masked only; a publisher id is scrubbed too, in case an old row holds an identity number.
/// </summary>
public sealed record FilingSearch(FilingListFilter Filter, bool OldestFirst = false) : IListQuery<FilingListRow>
{
    public async Task<ListPage<FilingListRow>> PageAsync(RegulatorDbContext db, ListRequest page, CancellationToken ct = default)
    {
        // The kept counts answer the total when the filters allow; otherwise the page's own COUNT does.
        var kept = page.WithTotal ? await FilingCounts.TotalAsync(db, Filter, ct) : null;
        var read = await KeysetPaging.PageAsync(FilingList.Filter(db, db.Filings.AsNoTracking(), Filter), f => f.CreatedUtc, f => f.Id, newestFirst: !OldestFirst,
            kept is null ? page : page with { WithTotal = false },
            f => new FilingListRow(
                f.Id, f.PlatformId, db.Platforms.Where(p => p.Id == f.PlatformId).Select(p => p.Name).FirstOrDefault() ?? "", f.PlatformPublisherId,
                f.PublisherType, f.RealName, f.IdentityMasked, f.AgeBand, f.ContentKinds, f.Status, f.CreatedUtc,
                db.IdentityLinks.Any(l => l.BlindIndex == f.IdentityBlindIndex && l.PlatformId != f.PlatformId)),
            r => (r.CreatedUtc, r.Id), ct);
        return kept is { } total ? read with { Total = total } : read;
    }

    /// <summary>The search key for a typed identity number: safe to put in a URL or a log, useless without the index key.</summary>
    public static string IdentityIndexOf(IdentityProtector protector, string number) =>
        System.Buffers.Text.Base64Url.EncodeToString(protector.BlindIndex(IdentityProtector.Normalize(number)));

    /// <summary>A publisher id as shown: anything shaped like an identity number masked.</summary>
    public static string ShownPublisherId(string publisherId) => IdentityScrubber.Scrub(publisherId) ?? "";
}
