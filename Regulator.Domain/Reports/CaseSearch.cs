using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Regulator.Domain.Common;
using Regulator.Domain.Persistence;
using Regulator.Domain.Provinces;

namespace Regulator.Domain.Reports;

/// <summary>
/// The inbox's filters, read by keyset in both directions with the total count: newest first on (first report, id),
/// or most urgent first on (deadline, id); <see cref="Reversed"/> reads either order the other way round. Each filter
/// has an index whose leading equalities include the province, the column every provincial query is scoped by. The
/// list holds millions of cases (README, report intake, "Measured").
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
    Agency? Agency = null,
    bool Reversed = false) : IListQuery<CaseSearch.Row>
{
    public sealed record Row(long Id, string AccountLabel, string? PlatformName, string CategoryNameZh, string CategoryNameEn, string ProvinceCode,
        CaseStatus Status, CasePriority Priority, bool MinorInvolved, int ReportCount, DateTime FirstReceivedUtc, DateTime DueUtc, string? AssigneeName)
    {
        /// <summary>Overdue at <paramref name="nowUtc"/> by the one rule, <see cref="CaseDeadline"/>.</summary>
        public bool IsOverdue(DateTime nowUtc) => CaseDeadline.IsOverdue(Status, DueUtc, nowUtc);
    }

    /// <summary>The moment "overdue" is judged at (UTC); the list's definition sets it from the portal's clock.</summary>
    public DateTime? NowUtc { get; init; }

    public Task<ListPage<Row>> PageAsync(RegulatorDbContext db, ListRequest page, CancellationToken ct = default)
    {
        var nowUtc = NowUtc ?? DateTime.UtcNow;
        // A provincial reader's lists name the province outright, so its index serves them; the query filter still decides
        // what the reader may see (another province's code finds nothing).
        var province = string.IsNullOrEmpty(ProvinceCode) ? db.ScopeProvinceCode : ProvinceCode;
        var filtered = Filtered(db.ReportCases.AsNoTracking(), province, nowUtc);
        var partitions = province is null && db.Database.IsNpgsql() ? EachProvince : null;
        var newestFirst = DueFirst ? Reversed : !Reversed;
        Expression<Func<ReportCase, Row>> select = c => new Row(c.Id, c.AccountLabel, c.PlatformName, c.Category.NameZh, c.Category.NameEn, c.ProvinceCode,
            c.Status, c.Priority, c.MinorInvolved, c.ReportCount, c.FirstReceivedUtc, c.DueUtc, c.AssigneeName);
        return DueFirst
            ? KeysetPaging.PageAsync(filtered, c => c.DueUtc, c => c.Id, newestFirst, page, select, r => (r.DueUtc, r.Id), ct, partitions)
            : KeysetPaging.PageAsync(filtered, c => c.FirstReceivedUtc, c => c.Id, newestFirst, page, select, r => (r.FirstReceivedUtc, r.Id), ct, partitions);
    }

    private IQueryable<ReportCase> Filtered(IQueryable<ReportCase> query, string? province, DateTime nowUtc)
    {
        if (province is not null) query = query.Where(c => c.ProvinceCode == province);
        if (Status is { } status) query = query.Where(c => c.Status == status);
        if (CategoryId is { } category) query = query.Where(c => c.CategoryId == category);
        if (MinorsOnly) query = query.Where(c => c.MinorInvolved);
        if (OverdueOnly) query = query.Where(CaseDeadline.OverdueAt(nowUtc));
        if (!string.IsNullOrEmpty(AssigneeId)) query = query.Where(c => c.AssigneeId == AssigneeId);
        if (PlatformId is { } platform) query = query.Where(c => c.PlatformId == platform);
        if (Agency is { } agency) query = query.Where(c => c.Agency == agency);
        // Dates are China calendar days, as people type them.
        if (From is { } from) query = query.Where(c => c.FirstReceivedUtc >= ChinaTime.StartOfDayUtc(from));
        if (To is { } to) query = query.Where(c => c.FirstReceivedUtc < ChinaTime.StartOfDayUtc(to.AddDays(1)));
        return query;
    }

    /// <summary>
    /// A list across provinces on PostgreSQL: one page from each province, read on that province's index, merged. The
    /// inbox's indexes then all have the province among their leading columns, and intake, which writes an entry into
    /// each index for every new case, keeps no second set for national lists. A case's province is always one of the
    /// catalog's or the national triage queue (platform registration and routing accept nothing else), so the pages
    /// cover every case. SQLite, the embedded default, keeps the national indexes and the plain query.
    /// </summary>
    private static readonly IReadOnlyList<Expression<Func<ReportCase, bool>>> EachProvince =
        [.. ProvinceCatalog.All.Select(p => p.Code).Append(NationalTriage.ProvinceCode).Select(InProvince)];

    private static Expression<Func<ReportCase, bool>> InProvince(string code) => c => c.ProvinceCode == code;
}
