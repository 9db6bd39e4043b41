using System.Buffers.Text;
using Microsoft.EntityFrameworkCore;
using Regulator.Domain.Common;
using Regulator.Domain.Persistence;
using Regulator.Domain.Protection;

namespace Regulator.Domain.Filings;

/// <summary>
/// The reviewer list: filters, newest first, keyset paging on (CreatedUtc, Id). Scoping to the reader's province
/// is the context's filter, not a condition here.
/// </summary>
public sealed class FilingList(RegulatorDbContext db, IdentityProtector protector)
{
    public const int MaxPageSize = 200;

    public async Task<KeysetPage<FilingListRow>> PageAsync(FilingListFilter filter, string? after, int pageSize, CancellationToken ct = default)
    {
        pageSize = Math.Clamp(pageSize, 1, MaxPageSize);
        var query = Filter(db, db.Filings.AsNoTracking(), filter);
        if (KeysetCursor.Decode(after) is var (utc, id))
        {
            // The redundant "<=" bound lets the planner seek the index instead of filtering the OR.
            query = query.Where(f => f.CreatedUtc <= utc && (f.CreatedUtc < utc || f.Id < id));
        }
        var rows = await query
            .OrderByDescending(f => f.CreatedUtc).ThenByDescending(f => f.Id)
            .Take(pageSize + 1)
            .Join(db.Platforms, f => f.PlatformId, p => p.Id, (f, p) => new FilingListRow(
                f.Id, f.PlatformId, p.Name, f.PlatformPublisherId, f.PublisherType, f.RealName, f.IdentityMasked, f.AgeBand,
                f.ContentKinds, f.Status, f.CreatedUtc,
                db.IdentityLinks.Any(l => l.BlindIndex == f.IdentityBlindIndex && l.PlatformId != f.PlatformId)))
            .ToListAsync(ct);
        // The join does not keep the order on every provider; the page is small, so order it here.
        rows = [.. rows.OrderByDescending(r => r.CreatedUtc).ThenByDescending(r => r.Id)];
        return rows.Count > pageSize
            ? new KeysetPage<FilingListRow>(rows[..pageSize], KeysetCursor.Encode(rows[pageSize - 1].CreatedUtc, rows[pageSize - 1].Id))
            : new KeysetPage<FilingListRow>(rows, null);
    }

    /// <summary>The list's filters, shared with <see cref="FilingSearch"/> (the portal's page and export).</summary>
    internal static IQueryable<Filing> Filter(RegulatorDbContext db, IQueryable<Filing> query, FilingListFilter filter)
    {
        if (filter.PlatformId is { } platform) query = query.Where(f => f.PlatformId == platform);
        if (filter.Status is { } status) query = query.Where(f => f.Status == status);
        if (filter.PublisherType is { } type) query = query.Where(f => f.PublisherType == type);
        if (filter.ContentKind is { } kind) query = query.Where(f => (f.ContentKinds & kind) == kind);
        if (filter.AgeBand is { } band) query = query.Where(f => f.AgeBand == band);
        if (filter.Agency is { } agency) query = query.Where(f => f.Agency == agency);
        if (!string.IsNullOrEmpty(filter.ProvinceCode)) query = query.Where(f => f.ProvinceCode == filter.ProvinceCode);
        if (filter.DocumentType is { } document) query = query.Where(f => f.DocumentType == document);
        if (filter.FiledFrom is { } from)
        {
            var fromUtc = ChinaTime.StartOfDayUtc(from);
            query = query.Where(f => f.CreatedUtc >= fromUtc);
        }
        if (filter.FiledTo is { } to)
        {
            var beforeUtc = ChinaTime.StartOfDayUtc(to.AddDays(1));
            query = query.Where(f => f.CreatedUtc < beforeUtc);
        }
        if (filter.SubmissionId is { } submission) query = query.Where(f => f.SubmissionId == submission);
        if (filter.LinkedToOtherPlatforms is { } linked)
            query = query.Where(f => db.IdentityLinks.Any(l => l.BlindIndex == f.IdentityBlindIndex && l.PlatformId != f.PlatformId) == linked);
        if (filter.IdentityIndex is not null)
        {
            // A tampered value matches nothing rather than everything.
            var index = Base64Url.IsValid(filter.IdentityIndex) ? Base64Url.DecodeFromChars(filter.IdentityIndex) : [];
            query = query.Where(f => f.IdentityBlindIndex == index);
        }
        return query;
    }

    /// <summary>The search key for a typed identity number: safe to put in a URL or a log, useless without the index key.</summary>
    public string IdentityIndexOf(string number) => FilingSearch.IdentityIndexOf(protector, number);
}
