using Microsoft.EntityFrameworkCore;
using Regulator.Domain.Common;
using Regulator.Domain.Persistence;
using Regulator.Domain.Reports;

namespace Regulator.Domain.Dashboards.Sources;

/// <summary>
/// Report cases by the China day of their first report (the day the inbox's date filter reads), province, agency of
/// the category, platform, category and status, with the reports they hold and, while open, the day their deadline
/// falls on (so "overdue today" is a sum over cells, whatever day it is). New reports and case events after the
/// watermarks name the cases, and so the days, to recount.
/// </summary>
public sealed class CaseTallySource : IDashboardTallySource
{
    private const string ReportsRead = "cases:reports";
    private const string EventsRead = "cases:events";

    public IReadOnlyList<string> Measures { get; } = [DashboardMeasures.Cases];

    public async Task<DashboardChanges> ChangesAsync(RegulatorDbContext db, IReadOnlyDictionary<string, long> watermarks, CancellationToken ct)
    {
        var (reportsSince, eventsSince) = (DashboardChanges.Position(watermarks, ReportsRead), DashboardChanges.Position(watermarks, EventsRead));
        var lastReport = await db.Reports.IgnoreQueryFilters().MaxAsync(r => (long?)r.Id, ct) ?? 0;
        var lastEvent = await db.Set<CaseEvent>().MaxAsync(e => (long?)e.Id, ct) ?? 0;
        var days = new List<DateTime>();
        if (lastReport > reportsSince)
        {
            // A late report can move its case's first day earlier: the old first day lies within the grouping window after it.
            var reported = await db.Reports.IgnoreQueryFilters().Where(r => r.Id > reportsSince && r.Id <= lastReport)
                .Join(db.ReportCases.IgnoreQueryFilters(), r => r.CaseId, c => c.Id, (r, c) => new { First = c.FirstReceivedUtc.AddHours(8).Date, Received = r.ReceivedUtc.AddHours(8).Date })
                .Distinct().ToListAsync(ct);
            days.AddRange(reported.SelectMany(r => Enumerable.Range(0, 4).Select(d => r.Received.AddDays(d)).Append(r.First)));
        }
        if (lastEvent > eventsSince)
            days.AddRange(await db.Set<CaseEvent>().Where(e => e.Id > eventsSince && e.Id <= lastEvent)
                .Join(db.ReportCases.IgnoreQueryFilters(), e => e.CaseId, c => c.Id, (e, c) => c.FirstReceivedUtc.AddHours(8).Date)
                .Distinct().ToListAsync(ct));
        return new DashboardChanges(days.Select(ChinaDays.Of).ToHashSet(),
            new Dictionary<string, long> { [ReportsRead] = Math.Max(reportsSince, lastReport), [EventsRead] = Math.Max(eventsSince, lastEvent) });
    }

    public async Task<IReadOnlyList<DashboardTally>> TallyAsync(RegulatorDbContext db, DateOnly from, DateOnly to, CancellationToken ct)
    {
        var (start, end) = (ChinaTime.StartOfDayUtc(from), ChinaTime.StartOfDayUtc(to.AddDays(1)));
        var agencies = (await db.ReportCategories.AsNoTracking().ToListAsync(ct)).ToDictionary(c => c.Id, c => c.Agency);
        var groups = await db.ReportCases.IgnoreQueryFilters().Where(c => c.FirstReceivedUtc >= start && c.FirstReceivedUtc < end)
            .GroupBy(c => new
            {
                Day = c.FirstReceivedUtc.AddHours(8).Date, c.ProvinceCode, c.CategoryId, PlatformId = c.PlatformId ?? 0, c.Status,
                Due = c.Status != CaseStatus.Closed ? (DateTime?)c.DueUtc : null,
            })
            .Select(g => new { g.Key.Day, g.Key.ProvinceCode, g.Key.CategoryId, g.Key.PlatformId, g.Key.Status, g.Key.Due, Count = g.Count(), Reports = g.Sum(c => c.ReportCount) })
            .ToListAsync(ct);
        return groups.Select(g => new DashboardTally
        {
            Measure = DashboardMeasures.Cases, Day = ChinaDays.Of(g.Day), ProvinceCode = g.ProvinceCode, Agency = agencies[g.CategoryId], PlatformId = g.PlatformId,
            CategoryId = g.CategoryId, Key = g.Status.ToString(),
            // Deadlines are the start of a China day (WorkingCalendar.DueUtc): overdue from that day on.
            DueOn = g.Due is { } due ? DateOnly.FromDateTime(ChinaTime.FromUtc(due).DateTime) : null,
            Count = g.Count, Sum = g.Reports,
        }).ToList();
    }
}
