using Microsoft.EntityFrameworkCore;
using Regulator.Domain.Common;
using Regulator.Domain.Filings;
using Regulator.Domain.Persistence;
using Regulator.Tests.Infrastructure;
using Regulator.Tests.Persistence;
using static Regulator.Tests.Filings.FilingTestData;
using static Regulator.Tests.Filings.FilingsApiClient;

namespace Regulator.Tests.Filings;

/// <summary>
/// The kept filing counts (<see cref="FilingCount"/>) that answer the filings list's total: the database's triggers
/// must count every way filings arrive or change (the batch API — a COPY on PostgreSQL —, a bulk status update, a
/// delete) so that the sum always equals counting the filings, before and after a fold, within the reader's scope.
/// </summary>
public sealed class FilingCountsTests(ProviderPortals portals) : IClassFixture<ProviderPortals>
{
    [Theory, BothProviders]
    public async Task The_kept_counts_equal_counting_the_filings_through_intake_change_deletion_and_folds(DatabaseProvider provider)
    {
        var portal = portals[provider];
        var api = await ForNewPlatformAsync(portal, "11");
        await api.PostAsync(AdultJson("kept-a", ResidentIdAged(30)), AdultJson("kept-b", ResidentIdAged(40), kinds: ["newsInformation"]));
        await api.PostAsync(Enumerable.Range(0, 20).Select(i => AdultJson($"kept-{i}", ResidentIdAged(20 + i))).ToArray());
        var platform = api.Platform.Id;
        FilingListFilter[] filters =
        [
            new(), new() { PlatformId = platform }, new() { PlatformId = platform, Status = FilingStatus.Submitted },
            new() { Status = FilingStatus.Rejected }, new() { ProvinceCode = "11", PublisherType = PublisherType.Individual },
            new() { PlatformId = platform, AgeBand = AgeBand.Adult }, new() { Agency = api.Platform.Agency },
        ];
        await AssertKeptEqualsCountedAsync(portal, filters);

        await using (var db = portal.CreateDbContext())
        {
            await db.Filings.Where(f => f.PlatformId == platform && f.PlatformPublisherId.StartsWith("kept-1"))
                .ExecuteUpdateAsync(s => s.SetProperty(f => f.Status, FilingStatus.Accepted));
            var gone = await db.Filings.Where(f => f.PlatformId == platform && f.PlatformPublisherId == "kept-a").Select(f => f.Id).SingleAsync();
            await db.FilingHistory.Where(h => h.FilingId == gone).ExecuteDeleteAsync();
            await db.Filings.Where(f => f.Id == gone).ExecuteDeleteAsync();
        }
        await AssertKeptEqualsCountedAsync(portal, [.. filters, new() { PlatformId = platform, Status = FilingStatus.Accepted }]);

        await using (var db = portal.CreateDbContext())
        {
            await FilingCounts.FoldAsync(db);
            // One row per combination once folded, none for a combination that sums to nothing.
            var rows = await db.FilingCounts.GroupBy(c => new { c.ProvinceCode, c.PlatformId, c.Agency, c.Status, c.PublisherType, c.AgeBand })
                .Select(g => new { Rows = g.Count(), Sum = g.Sum(c => c.Count) }).ToListAsync();
            Assert.All(rows, r => Assert.Equal((1, true), (r.Rows, r.Sum != 0)));
            await FilingCounts.FoldAsync(db);
        }
        await AssertKeptEqualsCountedAsync(portal, filters);

        // Another province's reader: their own province's figures only, whatever they ask for.
        await using var guangdong = portal.CreateDbContext(new ScopedActor("44"));
        Assert.Equal(await guangdong.Filings.LongCountAsync(), await FilingCounts.TotalAsync(guangdong, new FilingListFilter()));
        Assert.Equal(0, await FilingCounts.TotalAsync(guangdong, new FilingListFilter { PlatformId = platform }));
        // A filter the counts do not keep is not answered from them.
        Assert.Null(await FilingCounts.TotalAsync(guangdong, new FilingListFilter { ContentKind = ContentKinds.NewsInformation }));
    }

    [Theory, BothProviders]
    public async Task The_list_total_comes_from_the_kept_counts_and_matches_the_rows(DatabaseProvider provider)
    {
        var portal = portals[provider];
        var api = await ForNewPlatformAsync(portal, "31");
        await api.PostAsync(Enumerable.Range(0, 7).Select(i => AdultJson($"total-{i}", ResidentIdAged(25 + i))).ToArray());
        await using var db = portal.CreateDbContext(new ScopedActor("31"));
        var page = await new FilingSearch(new FilingListFilter { PlatformId = api.Platform.Id }).PageAsync(db, new ListRequest());
        Assert.Equal((7, 7), (page.Total, page.Items.Count));
        // Filing days are not kept: counted instead, with the same answer.
        var today = ChinaTime.Today(TimeProvider.System);
        var dated = await new FilingSearch(new FilingListFilter { PlatformId = api.Platform.Id, FiledFrom = today.AddDays(-1) }).PageAsync(db, new ListRequest());
        Assert.Equal(7, dated.Total);
    }

    private static async Task AssertKeptEqualsCountedAsync(PortalFactory portal, IEnumerable<FilingListFilter> filters)
    {
        await using var db = portal.CreateDbContext();
        foreach (var filter in filters)
        {
            var counted = await db.Filings.LongCountAsync(f => (filter.PlatformId == null || f.PlatformId == filter.PlatformId)
                && (filter.Status == null || f.Status == filter.Status) && (filter.PublisherType == null || f.PublisherType == filter.PublisherType)
                && (filter.AgeBand == null || f.AgeBand == filter.AgeBand) && (filter.Agency == null || f.Agency == filter.Agency)
                && (filter.ProvinceCode == null || f.ProvinceCode == filter.ProvinceCode));
            Assert.True(counted == await FilingCounts.TotalAsync(db, filter), $"{filter}: counted {counted}");
        }
    }
}
