using Regulator.Domain.Common;
using Regulator.Domain.Persistence;
using Regulator.Domain.Protection;

namespace Regulator.Domain.Blacklist;

/// <summary>
/// The blacklist list as the portal pages and exports it: the filters of <see cref="BlacklistSearch"/>, most recently
/// changed first, keyset paging on (UpdatedUtc, Id) both ways with the total. <paramref name="Today"/> (China) decides
/// whether a typed search is a full identity number, matched through its blind index.
/// </summary>
public sealed record BlacklistListQuery(BlacklistSearch Search, IdentityProtector Protector, DateOnly Today) : IListQuery<BlacklistSearch.Row>
{
    public Task<ListPage<BlacklistSearch.Row>> PageAsync(RegulatorDbContext db, ListRequest page, CancellationToken ct = default) =>
        KeysetPaging.PageAsync(Search.Filtered(db, Protector, Today), e => e.UpdatedUtc, e => e.Id, newestFirst: true, page, BlacklistSearch.Shown,
            r => (r.UpdatedUtc, r.Id), ct);
}
