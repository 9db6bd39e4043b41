using Microsoft.EntityFrameworkCore;
using Regulator.Domain.Common;
using Regulator.Domain.Reports;
using Regulator.Domain.Scoping;
using Regulator.Tests.Infrastructure;
using Regulator.Tests.Persistence;

namespace Regulator.Tests.Reports;

/// <summary>
/// National lists merge a page from each province on PostgreSQL and read one index on SQLite: whichever way, paging
/// through a list must give every matching case once, in the list's order, and a province only its own.
/// </summary>
public class CaseSearchTests
{
    private static readonly DateTime NowUtc = ReportsDatabase.Now.UtcDateTime;

    [Theory, BothProviders]
    public async Task Paging_a_national_list_gives_every_case_once_in_order_across_provinces(DatabaseProvider provider)
    {
        using var database = await ArrangeAsync(provider);
        await using var db = database.Context(SystemActor.Instance);
        var all = await db.ReportCases.AsNoTracking().ToListAsync();

        Assert.Equal(Newest(all).Select(c => c.Id), await PageThroughAsync(database, SystemActor.Instance, new CaseSearch()));
        Assert.Equal(all.OrderBy(c => c.DueUtc).ThenBy(c => c.Id).Select(c => c.Id),
            await PageThroughAsync(database, SystemActor.Instance, new CaseSearch(DueFirst: true)));
        Assert.Equal(Newest(all.Where(c => c.MinorInvolved)).Select(c => c.Id),
            await PageThroughAsync(database, SystemActor.Instance, new CaseSearch(MinorsOnly: true)));
        Assert.Equal(Newest(all.Where(c => c.ProvinceCode == NationalTriage.ProvinceCode)).Select(c => c.Id),
            await PageThroughAsync(database, SystemActor.Instance, new CaseSearch(ProvinceCode: NationalTriage.ProvinceCode)));
    }

    [Theory, BothProviders]
    public async Task A_province_pages_through_its_own_cases_only(DatabaseProvider provider)
    {
        using var database = await ArrangeAsync(provider);
        await using var db = database.Context(SystemActor.Instance);
        var guangdong = Newest(await db.ReportCases.AsNoTracking().Where(c => c.ProvinceCode == "44").ToListAsync()).Select(c => c.Id).ToList();

        Assert.NotEmpty(guangdong);
        Assert.Equal(guangdong, await PageThroughAsync(database, new ScopedActor("44"), new CaseSearch()));
        // Asking for another province's list by URL gives nothing, not that province's cases.
        Assert.Empty(await PageThroughAsync(database, new ScopedActor("44"), new CaseSearch(ProvinceCode: "11")));
    }

    /// <summary>130 cases, one account each, in Beijing, Guangdong and the national triage queue, some about minors.</summary>
    private static async Task<ReportsDatabase> ArrangeAsync(DatabaseProvider provider)
    {
        var database = new ReportsDatabase(provider);
        var platforms = new[] { "星光直播", "云海视频", "无名直播" };
        var drafts = Enumerable.Range(0, 130).Select(i => database.Draft($"r{i}", hoursAgo: 1 + i % 40 * 0.5, accountId: $"acc{i}",
            platformName: platforms[i % 3], minor: i % 4 == 0, category: i % 2 == 0 ? "harmful-sexual" : "minors-lure-vulgar")).ToArray();
        Assert.Equal(130, (await database.ReceiveAsync(drafts)).Stored);
        return database;
    }

    private static IEnumerable<ReportCase> Newest(IEnumerable<ReportCase> cases) => cases.OrderByDescending(c => c.FirstReceivedUtc).ThenByDescending(c => c.Id);

    private static async Task<List<long>> PageThroughAsync(ReportsDatabase database, ICurrentActor actor, CaseSearch search)
    {
        var ids = new List<long>();
        for (string? after = null; ;)
        {
            await using var db = database.Context(actor);
            var page = await (search with { NowUtc = NowUtc }).PageAsync(db, new ListRequest(20, after));
            Assert.Equal(await CountAsync(database, actor, search), page.Total);
            ids.AddRange(page.Items.Select(r => r.Id));
            if (page.Next is null)
            {
                // And back again from the last page: "previous" walks the same rows in the same order.
                var back = new List<long>();
                for (var before = page.Previous; before is not null;)
                {
                    await using var again = database.Context(actor);
                    var previous = await (search with { NowUtc = NowUtc }).PageAsync(again, new ListRequest(20, null, before));
                    back.InsertRange(0, previous.Items.Select(r => r.Id));
                    before = previous.Previous;
                }
                Assert.Equal(ids.SkipLast(page.Items.Count), back);
                return ids;
            }
            after = page.Next;
        }
    }

    private static async Task<long> CountAsync(ReportsDatabase database, ICurrentActor actor, CaseSearch search)
    {
        await using var db = database.Context(actor);
        return (await (search with { NowUtc = NowUtc }).PageAsync(db, new ListRequest(100))).Total;
    }
}
