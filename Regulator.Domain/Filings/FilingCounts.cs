using Microsoft.EntityFrameworkCore;
using Regulator.Domain.Persistence;

namespace Regulator.Domain.Filings;

/// <summary>Reads and folds the kept <see cref="FilingCount"/>s.</summary>
public static class FilingCounts
{
    /// <summary>
    /// The number of filings matching <paramref name="filter"/> from the kept counts, or null when the filter narrows by
    /// anything they do not keep (content kind, document type, filing days, submission, links, identity — and any
    /// filter added later, since only a filter equal to the empty one once the kept properties are taken away
    /// qualifies): then only a count of the filings answers. Scoped by the context's filters like the filings.
    /// </summary>
    public static async Task<long?> TotalAsync(RegulatorDbContext db, FilingListFilter filter, CancellationToken ct = default)
    {
        var unkept = filter with { PlatformId = null, Status = null, PublisherType = null, AgeBand = null, Agency = null, ProvinceCode = null };
        if (unkept != new FilingListFilter()) return null;
        var counts = db.FilingCounts.AsQueryable();
        if (filter.PlatformId is { } platform) counts = counts.Where(c => c.PlatformId == platform);
        if (filter.Status is { } status) counts = counts.Where(c => c.Status == status);
        if (filter.PublisherType is { } type) counts = counts.Where(c => c.PublisherType == type);
        if (filter.AgeBand is { } band) counts = counts.Where(c => c.AgeBand == band);
        if (filter.Agency is { } agency) counts = counts.Where(c => c.Agency == agency);
        if (!string.IsNullOrEmpty(filter.ProvinceCode)) counts = counts.Where(c => c.ProvinceCode == filter.ProvinceCode);
        return await counts.SumAsync(c => c.Count, ct);
    }

    /// <summary>
    /// Sums the parts of every combination held in more than one row into one row (none when they sum to nothing), so
    /// that a total reads a few rows however many batches came in. Safe beside intakes and beside another fold: a part
    /// inserted meanwhile, or taken by the other fold, is left alone. Bypasses the scoping filters (system work).
    /// </summary>
    public static async Task FoldAsync(RegulatorDbContext db, CancellationToken ct = default)
    {
        if (db.Database.IsNpgsql())
        {
            // One statement: the rows it deletes are the rows it sums; rows a concurrent intake inserts are not in its
            // snapshot, and rows a concurrent fold deleted first are not returned to it.
            await db.Database.ExecuteSqlRawAsync("""
                WITH parts AS (
                    DELETE FROM "FilingCounts" c
                    USING (SELECT "ProvinceCode", "PlatformId", "Agency", "Status", "PublisherType", "AgeBand" FROM "FilingCounts"
                           GROUP BY 1, 2, 3, 4, 5, 6 HAVING count(*) > 1 OR sum("Count") = 0) g
                    WHERE c."ProvinceCode" = g."ProvinceCode" AND c."PlatformId" = g."PlatformId" AND c."Agency" = g."Agency"
                      AND c."Status" = g."Status" AND c."PublisherType" = g."PublisherType" AND c."AgeBand" IS NOT DISTINCT FROM g."AgeBand"
                    RETURNING c.*)
                INSERT INTO "FilingCounts" ("ProvinceCode", "PlatformId", "Agency", "Status", "PublisherType", "AgeBand", "Count")
                SELECT "ProvinceCode", "PlatformId", "Agency", "Status", "PublisherType", "AgeBand", sum("Count") FROM parts
                GROUP BY 1, 2, 3, 4, 5, 6 HAVING sum("Count") <> 0
                """, ct);
            return;
        }
        // SQLite has one writer at a time: within one transaction nothing else inserts.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await db.Database.ExecuteSqlRawAsync("""
            CREATE TEMP TABLE FoldedFilingCounts AS
                SELECT ProvinceCode, PlatformId, Agency, Status, PublisherType, AgeBand, sum(Count) AS Count FROM FilingCounts
                GROUP BY 1, 2, 3, 4, 5, 6 HAVING count(*) > 1 OR sum(Count) = 0;
            DELETE FROM FilingCounts WHERE EXISTS (SELECT 1 FROM FoldedFilingCounts f
                WHERE f.ProvinceCode = FilingCounts.ProvinceCode AND f.PlatformId = FilingCounts.PlatformId AND f.Agency = FilingCounts.Agency
                  AND f.Status = FilingCounts.Status AND f.PublisherType = FilingCounts.PublisherType AND f.AgeBand IS FilingCounts.AgeBand);
            INSERT INTO FilingCounts (ProvinceCode, PlatformId, Agency, Status, PublisherType, AgeBand, Count)
                SELECT ProvinceCode, PlatformId, Agency, Status, PublisherType, AgeBand, Count FROM FoldedFilingCounts WHERE Count <> 0;
            DROP TABLE FoldedFilingCounts;
            """, ct);
        await transaction.CommitAsync(ct);
    }
}
