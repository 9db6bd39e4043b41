using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Regulator.Domain.Common;
using Regulator.Domain.Credit;
using Regulator.Domain.Dashboards;
using Regulator.Domain.Filings;
using Regulator.Domain.Persistence;
using Regulator.Domain.Scoping;
using Regulator.Tests.Infrastructure;
using Regulator.Tests.Persistence;

namespace Regulator.Tests.Dashboards;

/// <summary>
/// Year views read whole months from the monthly rollup and the days around them from the daily one: every monthly
/// cell is the sum of its month's daily cells, and a year view whose first and last months are cut by the period's
/// edges shows the same figures, changes against the previous period, trend points and province figures as the
/// daily cells summed over its days.
/// </summary>
public sealed class DashboardMonthRollupTests(ProviderPortals portals) : IClassFixture<ProviderPortals>
{
    private static readonly TimeProvider Clock = TimeProvider.System;

    [Theory, BothProviders]
    public async Task Monthly_cells_are_the_sums_of_their_days(DatabaseProvider provider)
    {
        var portal = portals[provider];
        await CatchUpAsync(portal);
        await using var db = portal.CreateDbContext(new ScopedActor(null, IsNational: true));
        var measures = DashboardMonthTally.Measures.ToList();
        var daily = (await db.DashboardTallies.AsNoTracking().Where(t => measures.Contains(t.Measure)).ToListAsync())
            .GroupBy(t => (t.Measure, Month: DashboardMonthTally.MonthOf(t.Day), t.ProvinceCode, t.Agency, t.PlatformId, t.CategoryId, t.Key, t.Detail))
            .ToDictionary(g => g.Key, g => (Count: g.Sum(t => (long)t.Count), Sum: g.Sum(t => t.Sum)));
        var monthly = (await db.DashboardMonthTallies.AsNoTracking().ToListAsync())
            .ToDictionary(t => (t.Measure, Month: t.Day, t.ProvinceCode, t.Agency, t.PlatformId, t.CategoryId, t.Key, t.Detail), t => (Count: (long)t.Count, t.Sum));

        Assert.True(daily.Count > 100, "a year of history");
        Assert.Equal(daily.OrderBy(d => d.Key), monthly.OrderBy(m => m.Key));
    }

    [Theory, BothProviders]
    public async Task A_year_view_equals_the_daily_cells_summed_over_its_days(DatabaseProvider provider)
    {
        var portal = portals[provider];
        await CatchUpAsync(portal);
        var request = YearCutByMonthEdges();
        Assert.NotNull(DashboardMonthTally.WholeMonths(request.From, request.To));
        await AssertAsync(portal, request);
        await AssertAsync(portal, request with { Agency = Agency.CultureTourism });
        await AssertAsync(portal, request with { Grain = TrendGrain.Week, ProvinceCode = "44" });
    }

    /// <summary>A year to a day in the middle of a month (or today, early in one), starting in the middle of a month: both edge months are cut.</summary>
    private static DashboardRequest YearCutByMonthEdges()
    {
        var today = ChinaTime.Today(Clock);
        var to = today.Day > 14 ? new DateOnly(today.Year, today.Month, 14) : today;
        var from = to.AddDays(-364);
        if (from.Day == 1) from = from.AddDays(1);
        Assert.True(from.Day != 1 && to.AddDays(1).Day != 1, "both edges cut a month");
        return new DashboardRequest(from, to, TrendGrain.Month);
    }

    private static async Task AssertAsync(PortalFactory portal, DashboardRequest request)
    {
        await using var db = portal.CreateDbContext(new ScopedActor(null, IsNational: true));
        var figures = (await new DashboardQuery(db, portal.Services.GetServices<IDashboardTallySource>(), Clock)
            .LoadAsync(new DashboardViewer("n", null, IsNational: true), request))!;
        var cells = await db.DashboardTallies.AsNoTracking()
            .Where(t => t.Day >= request.PreviousFrom && t.Day <= request.To && (request.Agency == null || t.Agency == request.Agency)
                && (request.ProvinceCode == null || t.ProvinceCode == request.ProvinceCode))
            .ToListAsync();
        long Total(string measure, DateOnly from, DateOnly to, Func<DashboardTally, bool>? counts = null, bool sum = false) =>
            cells.Where(c => c.Measure == measure && c.Day >= from && c.Day <= to && (counts?.Invoke(c) ?? true)).Sum(c => sum ? c.Sum : c.Count);
        void Flow(string code, string measure, Func<DashboardTally, bool>? counts = null, bool sum = false)
        {
            var tile = figures.Tile(code);
            Assert.Equal(Total(measure, request.From, request.To, counts, sum), tile.Value);
            Assert.Equal(Total(measure, request.PreviousFrom, request.PreviousTo, counts, sum), tile.Previous);
        }

        Flow("filings", DashboardMeasures.Filings);
        foreach (var status in Enum.GetValues<FilingStatus>()) Flow($"filings.{status}", DashboardMeasures.Filings, c => c.Key == status.ToString());
        Flow("cases", DashboardMeasures.Cases);
        Flow("cases.reports", DashboardMeasures.Cases, sum: true);
        foreach (var category in cells.Where(c => c.Measure == DashboardMeasures.Cases && c.Day >= request.From).Select(c => c.CategoryId).Distinct())
        {
            var code = await db.ReportCategories.Where(k => k.Id == category).Select(k => k.Code).SingleAsync();
            Flow($"cases.category.{code}", DashboardMeasures.Cases, c => c.CategoryId == category);
        }
        Flow("blacklist.proposed", DashboardMeasures.BlacklistEntries);
        Assert.True(figures.Tile("cases").Value > 0 && figures.Tile("cases").Previous is not null);

        string[] series = ["filings", "cases", "cases.reports", "blacklist.proposed", "blacklist.published"];
        string[] measures = [DashboardMeasures.Filings, DashboardMeasures.Cases, DashboardMeasures.Cases, DashboardMeasures.BlacklistEntries, DashboardMeasures.BlacklistPublished];
        for (var i = 0; i < series.Length; i++)
        {
            var points = figures.Trends.Single(s => s.Code == series[i]).Points;
            Assert.Equal(points.Select(p => Total(measures[i], p.From, p.To, sum: series[i] == "cases.reports")), points.Select(p => p.Value));
        }

        foreach (var province in figures.Provinces)
        {
            Assert.Equal(Total(DashboardMeasures.Filings, request.From, request.To, c => c.ProvinceCode == province.ProvinceCode), province.Filings);
            Assert.Equal(Total(DashboardMeasures.Cases, request.From, request.To, c => c.ProvinceCode == province.ProvinceCode), province.Cases);
            Assert.Equal(Total(DashboardMeasures.Cases, request.From, request.To, c => c.ProvinceCode == province.ProvinceCode, sum: true), province.Reports);
            Assert.Equal(Total(DashboardMeasures.BlacklistEntries, request.From, request.To, c => c.ProvinceCode == province.ProvinceCode), province.BlacklistProposed);
        }
        foreach (var platform in figures.Platforms)
            Assert.Equal(Total(DashboardMeasures.Cases, request.From, request.To, c => c.PlatformId == platform.PlatformId, sum: true), platform.Reports);
    }

    private static async Task CatchUpAsync(PortalFactory portal)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var collector = scope.ServiceProvider.GetRequiredService<CreditFactCollector>();
        while (await collector.CollectAsync() > 0) { }
        await scope.ServiceProvider.GetRequiredService<DashboardRollup>().CatchUpAsync();
    }
}
