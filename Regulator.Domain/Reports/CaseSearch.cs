using Microsoft.EntityFrameworkCore;
using Regulator.Domain.Common;
using Regulator.Domain.Persistence;
using Regulator.Domain.Provinces;

namespace Regulator.Domain.Reports;

/// <summary>
/// The inbox's filters, read by keyset: newest first on (first report, id), or most urgent first on (deadline, id).
/// Each filter has an index whose leading equalities include the province, the column every provincial query is scoped by.
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
    string? After = null,
    Agency? Agency = null)
{
    public const int PageSize = 50;

    public sealed record Row(long Id, string AccountLabel, string? PlatformName, string CategoryName, string ProvinceCode, CaseStatus Status,
        CasePriority Priority, bool MinorInvolved, int ReportCount, DateTime FirstReceivedUtc, DateTime DueUtc, string? AssigneeName);

    public async Task<KeysetPage<Row>> RunAsync(RegulatorDbContext db, DateTime nowUtc, CancellationToken ct = default)
    {
        // A provincial reader's lists name the province outright, so its index serves them; the query filter still decides
        // what the reader may see (another province's code finds nothing).
        var province = string.IsNullOrEmpty(ProvinceCode) ? db.ScopeProvinceCode : ProvinceCode;
        var filtered = Filtered(db.ReportCases.AsNoTracking(), province, nowUtc);
        var query = province is null && db.Database.IsNpgsql() ? EachProvince(filtered) : filtered;
        var rows = await Ordered(query)
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

    private IQueryable<ReportCase> Filtered(IQueryable<ReportCase> query, string? province, DateTime nowUtc)
    {
        if (province is not null) query = query.Where(c => c.ProvinceCode == province);
        if (Status is { } status) query = query.Where(c => c.Status == status);
        if (CategoryId is { } category) query = query.Where(c => c.CategoryId == category);
        if (MinorsOnly) query = query.Where(c => c.MinorInvolved);
        if (OverdueOnly) query = query.Where(c => c.Status != CaseStatus.Closed && c.DueUtc <= nowUtc);
        if (!string.IsNullOrEmpty(AssigneeId)) query = query.Where(c => c.AssigneeId == AssigneeId);
        if (PlatformId is { } platform) query = query.Where(c => c.PlatformId == platform);
        if (Agency is { } agency) query = query.Where(c => c.Agency == agency);
        // Dates are China calendar days, as people type them.
        if (From is { } from) query = query.Where(c => c.FirstReceivedUtc >= ChinaTime.StartOfDayUtc(from));
        if (To is { } to) query = query.Where(c => c.FirstReceivedUtc < ChinaTime.StartOfDayUtc(to.AddDays(1)));
        if (KeysetCursor.Decode(After) is var (utc, id))
        {
            query = DueFirst
                ? query.Where(c => c.DueUtc > utc || (c.DueUtc == utc && c.Id > id))
                : query.Where(c => c.FirstReceivedUtc < utc || (c.FirstReceivedUtc == utc && c.Id < id));
        }
        return query;
    }

    /// <summary>
    /// A list across provinces on PostgreSQL: one page from each province, read on that province's index, merged. The
    /// inbox's indexes then all have the province among their leading columns, and intake, which writes an entry into
    /// each index for every new case, keeps no second set for national lists. A case's province is always one of the
    /// catalog's or the national triage queue (platform registration and routing accept nothing else), so the pages
    /// cover every case. SQLite, the embedded default, keeps the national indexes and the plain query.
    /// </summary>
    private IQueryable<ReportCase> EachProvince(IQueryable<ReportCase> filtered) =>
        AllProvinceCodes.Select(code => Page(filtered.Where(c => c.ProvinceCode == code))).Aggregate(Queryable.Concat);

    private static readonly string[] AllProvinceCodes = [.. ProvinceCatalog.All.Select(p => p.Code), NationalTriage.ProvinceCode];

    private IQueryable<ReportCase> Page(IQueryable<ReportCase> query) => Ordered(query).Take(PageSize + 1);

    private IOrderedQueryable<ReportCase> Ordered(IQueryable<ReportCase> query) =>
        DueFirst ? query.OrderBy(c => c.DueUtc).ThenBy(c => c.Id) : query.OrderByDescending(c => c.FirstReceivedUtc).ThenByDescending(c => c.Id);
}
