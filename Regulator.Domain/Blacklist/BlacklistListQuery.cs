using Regulator.Domain.Common;
using Regulator.Domain.Persistence;

namespace Regulator.Domain.Blacklist;

/// <summary>
/// The blacklist list as the portal pages and exports it: the filters of <see cref="BlacklistSearch"/>, most recently
/// changed first, keyset paging on (UpdatedUtc, Id) both ways with the total (the published list may hold a million
/// entries for the benchmark).
/// </summary>
public sealed record BlacklistListQuery(BlacklistSearch Search) : IListQuery<BlacklistSearch.Row>
{
    public Task<ListPage<BlacklistSearch.Row>> PageAsync(RegulatorDbContext db, ListRequest page, CancellationToken ct = default) =>
        KeysetPaging.PageAsync(Search.Filtered(db), e => e.UpdatedUtc, e => e.Id, newestFirst: true, page, BlacklistSearch.Shown,
            r => (r.UpdatedUtc, r.Id), ct);
}
