using Regulator.Domain.Common;

namespace Regulator.Domain.Persistence;

/// <summary>
/// A list's filters and order, able to read any page of itself. The same object serves the page on screen and
/// the export of the whole list, so both apply the same filters; the province filter of the context applies to both.
/// </summary>
public interface IListQuery<TRow>
{
    /// <summary>One page, with the total number of rows matching the filters.</summary>
    Task<ListPage<TRow>> PageAsync(RegulatorDbContext db, ListRequest page, CancellationToken ct = default);
}
