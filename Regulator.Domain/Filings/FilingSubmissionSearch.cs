using Microsoft.EntityFrameworkCore;
using Regulator.Domain.Common;
using Regulator.Domain.Persistence;

namespace Regulator.Domain.Filings;

/// <summary>
/// The submissions list (each API call or upload a platform made), newest first, keyset paging on (ReceivedUtc, Id):
/// a platform sending small batches all day makes this list long. Scoped to the reader's province by the context.
/// </summary>
public sealed record FilingSubmissionSearch : IListQuery<FilingSubmissionSearch.Row>
{
    /// <param name="Pending">Filings of the submission still waiting for review.</param>
    public sealed record Row(long Id, DateTime ReceivedUtc, string ProvinceCode, string PlatformName, SubmissionChannel Channel, string? FileName,
        int ItemCount, int StoredCount, int InvalidCount, int Pending, bool HasCorrections);

    public Task<ListPage<Row>> PageAsync(RegulatorDbContext db, ListRequest page, CancellationToken ct = default) =>
        KeysetPaging.PageAsync(db.FilingSubmissions.AsNoTracking(), s => s.ReceivedUtc, s => s.Id, newestFirst: true, page,
            s => new Row(s.Id, s.ReceivedUtc, s.ProvinceCode, db.Platforms.Where(p => p.Id == s.PlatformId).Select(p => p.Name).FirstOrDefault() ?? "",
                s.Channel, s.FileName, s.ItemCount, s.StoredCount, s.InvalidCount,
                db.Filings.Count(f => f.SubmissionId == s.Id && f.Status == FilingStatus.Submitted), s.CorrectionsCsv != null),
            r => (r.ReceivedUtc, r.Id), ct);
}
