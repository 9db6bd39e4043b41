using Microsoft.EntityFrameworkCore;
using Regulator.Domain.Common;
using Regulator.Domain.Persistence;

namespace Regulator.Domain.Platforms;

/// <summary>The registry list's filters; newest registration first, read by keyset.</summary>
public sealed record PlatformSearch(string? Text = null, string? ProvinceCode = null, Agency? Agency = null, bool OldestFirst = false, string? After = null)
{
    public const int PageSize = 50;

    public sealed record Row(int Id, string Name, string Uscc, string ProvinceCode, Agency Agency, DateTime CreatedUtc, int LicenceCount, int ActiveKeyCount);

    public async Task<KeysetPage<Row>> RunAsync(RegulatorDbContext db, CancellationToken ct = default)
    {
        var query = db.Platforms.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(Text))
        {
            var text = Text.Trim();
            query = query.Where(p => p.Name.Contains(text) || p.Uscc == text.ToUpper());
        }
        if (!string.IsNullOrEmpty(ProvinceCode)) query = query.Where(p => p.ProvinceCode == ProvinceCode);
        if (Agency is { } agency) query = query.Where(p => p.Agency == agency);
        if (KeysetCursor.Decode(After) is var (utc, id))
        {
            query = OldestFirst
                ? query.Where(p => p.CreatedUtc > utc || (p.CreatedUtc == utc && p.Id > id))
                : query.Where(p => p.CreatedUtc < utc || (p.CreatedUtc == utc && p.Id < id));
        }
        query = OldestFirst ? query.OrderBy(p => p.CreatedUtc).ThenBy(p => p.Id) : query.OrderByDescending(p => p.CreatedUtc).ThenByDescending(p => p.Id);
        var rows = await query
            .Select(p => new Row(p.Id, p.Name, p.Uscc, p.ProvinceCode, p.Agency, p.CreatedUtc, p.Licences.Count, p.ApiKeys.Count(k => k.RevokedUtc == null)))
            .Take(PageSize + 1)
            .ToListAsync(ct);
        var next = rows.Count > PageSize ? KeysetCursor.Encode(rows[PageSize - 1].CreatedUtc, rows[PageSize - 1].Id) : null;
        return new KeysetPage<Row>(rows.Take(PageSize).ToList(), next);
    }
}
