using Microsoft.EntityFrameworkCore;
using Regulator.Domain.Common;
using Regulator.Domain.Persistence;

namespace Regulator.Domain.Documents;

/// <summary>The documents list, newest first, read by keyset; the scope filter limits a province to its own.</summary>
public sealed record DocumentSearch(DocumentKind? Kind = null, string? ProvinceCode = null, string? After = null, int PageSize = 50)
{
    /// <summary>A document without its content, for lists.</summary>
    public sealed record Row(long Id, DocumentKind Kind, string ProvinceCode, string Title, DateOnly PeriodStart, DateOnly PeriodEnd, DateTime GeneratedUtc, int SizeBytes, int Version);

    public async Task<KeysetPage<Row>> RunAsync(RegulatorDbContext db, CancellationToken ct = default)
    {
        var query = db.GeneratedDocuments.AsNoTracking();
        if (Kind is { } kind) query = query.Where(d => d.Kind == kind);
        if (!string.IsNullOrWhiteSpace(ProvinceCode)) query = query.Where(d => d.ProvinceCode == ProvinceCode);
        if (KeysetCursor.Decode(After) is var (utc, id)) query = query.Where(d => d.GeneratedUtc < utc || (d.GeneratedUtc == utc && d.Id < id));
        var rows = await query.OrderByDescending(d => d.GeneratedUtc).ThenByDescending(d => d.Id).Take(PageSize + 1)
            .Select(d => new Row(d.Id, d.Kind, d.ProvinceCode, d.Title, d.PeriodStart, d.PeriodEnd, d.GeneratedUtc, d.SizeBytes, d.Version))
            .ToListAsync(ct);
        var next = rows.Count > PageSize ? KeysetCursor.Encode(rows[PageSize - 1].GeneratedUtc, rows[PageSize - 1].Id) : null;
        return new KeysetPage<Row>(rows.Take(PageSize).ToList(), next);
    }
}
