using Microsoft.EntityFrameworkCore;
using Regulator.Domain.Common;
using Regulator.Domain.Persistence;

namespace Regulator.Domain.Reports;

/// <summary>
/// The inbox's filters, read by keyset: newest first on (first report, id), or most urgent first on (deadline, id).
/// Each filter has an index that starts with the province, the column every provincial query is scoped by.
/// </summary>
public sealed record CaseSearch(
    CaseStatus? Status = null,
    int? CategoryId = null,
    bool MinorsOnly = false,
    bool OverdueOnly = false,
    string? AssigneeId = null,
    int? PlatformId = null,
    string? ProvinceCode = null,
    DateOnly? From = null,
    DateOnly? To = null,
    bool DueFirst = false,
    string? After = null)
{
    public const int PageSize = 50;

    public sealed record Row(long Id, string AccountLabel, string? PlatformName, string CategoryName, string ProvinceCode, CaseStatus Status,
        CasePriority Priority, bool MinorInvolved, int ReportCount, DateTime FirstReceivedUtc, DateTime DueUtc, string? AssigneeName);

    public async Task<KeysetPage<Row>> RunAsync(RegulatorDbContext db, DateTime nowUtc, CancellationToken ct = default)
    {
        var query = db.ReportCases.AsNoTracking();
        if (!string.IsNullOrEmpty(ProvinceCode)) query = query.Where(c => c.ProvinceCode == ProvinceCode);
        if (Status is { } status) query = query.Where(c => c.Status == status);
        if (CategoryId is { } category) query = query.Where(c => c.CategoryId == category);
        if (MinorsOnly) query = query.Where(c => c.MinorInvolved);
        if (OverdueOnly) query = query.Where(c => c.Status != CaseStatus.Closed && c.DueUtc <= nowUtc);
        if (!string.IsNullOrEmpty(AssigneeId)) query = query.Where(c => c.AssigneeId == AssigneeId);
        if (PlatformId is { } platform) query = query.Where(c => c.PlatformId == platform);
        // Dates are China calendar days, as people type them.
        if (From is { } from) query = query.Where(c => c.FirstReceivedUtc >= ChinaTime.StartOfDayUtc(from));
        if (To is { } to) query = query.Where(c => c.FirstReceivedUtc < ChinaTime.StartOfDayUtc(to.AddDays(1)));
        if (KeysetCursor.Decode(After) is var (utc, id))
        {
            query = DueFirst
                ? query.Where(c => c.DueUtc > utc || (c.DueUtc == utc && c.Id > id))
                : query.Where(c => c.FirstReceivedUtc < utc || (c.FirstReceivedUtc == utc && c.Id < id));
        }
        query = DueFirst ? query.OrderBy(c => c.DueUtc).ThenBy(c => c.Id) : query.OrderByDescending(c => c.FirstReceivedUtc).ThenByDescending(c => c.Id);
        var rows = await query
            .Select(c => new Row(c.Id, c.AccountLabel, c.PlatformName, c.Category.NameZh, c.ProvinceCode, c.Status, c.Priority, c.MinorInvolved,
                c.ReportCount, c.FirstReceivedUtc, c.DueUtc, c.AssigneeName))
            .Take(PageSize + 1)
            .ToListAsync(ct);
        string? next = null;
        if (rows.Count > PageSize)
        {
            var last = rows[PageSize - 1];
            next = KeysetCursor.Encode(DueFirst ? last.DueUtc : last.FirstReceivedUtc, last.Id);
        }
        return new KeysetPage<Row>(rows.Take(PageSize).ToList(), next);
    }
}
