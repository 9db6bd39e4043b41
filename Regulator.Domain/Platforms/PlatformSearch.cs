using Microsoft.EntityFrameworkCore;
using Regulator.Domain.Common;
using Regulator.Domain.Persistence;

namespace Regulator.Domain.Platforms;

/// <summary>
/// The registry list's filters and order. The registry holds at most a few thousand platforms, so it pages by offset
/// and sorts by any of its columns: <c>name</c>, <c>province</c> or <c>created</c> (newest first by default).
/// </summary>
public sealed record PlatformSearch(string? Text = null, string? ProvinceCode = null, Agency? Agency = null, string? SortKey = null, bool Descending = false)
    : IListQuery<PlatformSearch.Row>
{
    public sealed record Row(int Id, string Name, string Uscc, string ProvinceCode, Agency Agency, DateTime CreatedUtc, int LicenceCount, int ActiveKeyCount);

    public Task<ListPage<Row>> PageAsync(RegulatorDbContext db, ListRequest page, CancellationToken ct = default)
    {
        var query = db.Platforms.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(Text)) query = query.Where(PlatformChoices.Named(Text));
        if (!string.IsNullOrEmpty(ProvinceCode)) query = query.Where(p => p.ProvinceCode == ProvinceCode);
        if (Agency is { } agency) query = query.Where(p => p.Agency == agency);
        // The id breaks ties, so pages never overlap or skip a row.
        var ordered = (SortKey, Descending) switch
        {
            ("name", false) => query.OrderBy(p => p.Name).ThenBy(p => p.Id),
            ("name", true) => query.OrderByDescending(p => p.Name).ThenByDescending(p => p.Id),
            ("province", false) => query.OrderBy(p => p.ProvinceCode).ThenBy(p => p.Name).ThenBy(p => p.Id),
            ("province", true) => query.OrderByDescending(p => p.ProvinceCode).ThenBy(p => p.Name).ThenBy(p => p.Id),
            ("created", false) => query.OrderBy(p => p.CreatedUtc).ThenBy(p => p.Id),
            _ => query.OrderByDescending(p => p.CreatedUtc).ThenByDescending(p => p.Id),
        };
        return OffsetPaging.PageAsync(
            ordered.Select(p => new Row(p.Id, p.Name, p.Uscc, p.ProvinceCode, p.Agency, p.CreatedUtc, p.Licences.Count, p.ApiKeys.Count(k => k.RevokedUtc == null))),
            page, ct);
    }
}
