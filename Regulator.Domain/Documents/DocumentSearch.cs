using Microsoft.EntityFrameworkCore;
using Regulator.Domain.Common;
using Regulator.Domain.Persistence;

namespace Regulator.Domain.Documents;

/// <summary>
/// The documents list, newest first, filtered by kind and scope (a province code, or <see cref="GeneratedDocument.NationalScope"/>).
/// A notice per platform per day adds up, so it pages by keyset on (generated, id); the scope filter limits a province to its own.
/// </summary>
public sealed record DocumentSearch(DocumentKind? Kind = null, string? ProvinceCode = null) : IListQuery<DocumentSearch.Row>
{
    /// <summary>A document without its content, for lists.</summary>
    public sealed record Row(long Id, DocumentKind Kind, string ProvinceCode, string Title, DateOnly PeriodStart, DateOnly PeriodEnd, DateTime GeneratedUtc, int SizeBytes, int Version);

    public Task<ListPage<Row>> PageAsync(RegulatorDbContext db, ListRequest page, CancellationToken ct = default)
    {
        var query = db.GeneratedDocuments.AsNoTracking();
        if (Kind is { } kind) query = query.Where(d => d.Kind == kind);
        if (!string.IsNullOrWhiteSpace(ProvinceCode)) query = query.Where(d => d.ProvinceCode == ProvinceCode);
        return KeysetPaging.PageAsync(query, d => d.GeneratedUtc, d => d.Id, newestFirst: true, page,
            d => new Row(d.Id, d.Kind, d.ProvinceCode, d.Title, d.PeriodStart, d.PeriodEnd, d.GeneratedUtc, d.SizeBytes, d.Version), r => (r.GeneratedUtc, r.Id), ct);
    }
}
