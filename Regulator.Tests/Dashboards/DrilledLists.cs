using Regulator.Domain.Blacklist;
using Regulator.Domain.Common;
using Regulator.Domain.Dashboards;
using Regulator.Domain.Filings;
using Regulator.Domain.Persistence;
using Regulator.Domain.Protection;

namespace Regulator.Tests.Dashboards;

/// <summary>Opens the list a dashboard figure names, as its page would, and counts it to the end (every page).</summary>
public static class DrilledLists
{
    public static async Task<long> TotalAsync(RegulatorDbContext db, IdentityProtector protector, DashboardDrill drill, TimeProvider clock)
    {
        if (drill.Filings is { } filings)
        {
            var list = new FilingList(db, protector);
            long total = 0;
            string? after = null;
            do
            {
                var page = await list.PageAsync(filings, after, FilingList.MaxPageSize);
                total += page.Items.Count;
                after = page.NextCursor;
            }
            while (after is not null);
            return total;
        }
        if (drill.Cases is { } cases)
        {
            long total = 0;
            var search = cases with { NowUtc = clock.GetUtcNow().UtcDateTime };
            for (string? after = null; ;)
            {
                var page = await search.PageAsync(db, ListRequest.ExportBatch(after));
                total += drill.SumsReports ? page.Items.Sum(r => r.ReportCount) : page.Items.Count;
                if ((after = page.Next) is null) return total;
            }
        }
        // The list's own total: the query the page and its export read.
        if (drill.Blacklist is { } blacklist) return (await new BlacklistListQuery(blacklist).PageAsync(db, new ListRequest())).Total;
        if (drill.Findings is { } findings) return (await findings.RunAsync(db)).Count;
        if (drill.CreditSubjects is { } subjects) return await CountAsync(subjects, db, _ => 1);
        if (drill.Designations is { } designations) return await CountAsync(designations, db, _ => 1);
        if (drill.SpotCheckPlans is { } plans)
            return await CountAsync(plans, db, p => drill.SumsTasks switch
            {
                DashboardTaskColumn.Tasks => p.Tasks,
                DashboardTaskColumn.ClosedTasks => p.ClosedTasks,
                DashboardTaskColumn.TasksWithProblems => p.TasksWithProblems,
                _ => 1,
            });
        throw new ArgumentException("A drill names one list.", nameof(drill));
    }

    /// <summary>Reads the list to its end as its export does, adding <paramref name="value"/> of each row.</summary>
    private static async Task<long> CountAsync<TRow>(IListQuery<TRow> list, RegulatorDbContext db, Func<TRow, long> value)
    {
        long total = 0;
        for (string? after = null; ;)
        {
            var page = await list.PageAsync(db, ListRequest.ExportBatch(after));
            total += page.Items.Sum(value);
            if ((after = page.Next) is null) return total;
        }
    }
}
