using Microsoft.Extensions.DependencyInjection;
using Regulator.Domain.Common;
using Regulator.Domain.Credit;
using Regulator.Domain.Dashboards;
using Regulator.Domain.Protection;
using Regulator.Domain.Scoping;
using Regulator.Tests.Infrastructure;
using Regulator.Tests.Persistence;

namespace Regulator.Tests.Dashboards;

/// <summary>
/// Every figure a dashboard shows opens the list it counts: on the seeded year of history, each tile's figure and each
/// chart point's value equal the total of its drilled list (every page of it), nationally, per agency and for a province.
/// </summary>
public sealed class DashboardDrillTests(ProviderPortals portals) : IClassFixture<ProviderPortals>
{
    private static readonly TimeProvider Clock = TimeProvider.System;

    [Theory, BothProviders]
    public async Task Every_national_figure_equals_the_total_of_the_list_it_opens(DatabaseProvider provider)
    {
        var figures = await AssertDrillsAsync(portals[provider], new ScopedActor(null, IsNational: true),
            new DashboardViewer("national", null, IsNational: true), DashboardRequest.Last(ChinaTime.Today(Clock), 365, TrendGrain.Month));

        Assert.All(new[] { "filings", "cases", "cases.reports", "cases.overdue", "blacklist.proposed", "findings", "credit-grades", "spot-check-plans", "spot-checks" },
            code => Assert.True(figures.Tile(code).Value > 0, code));
        Assert.True(figures.Tiles.Count(t => t.Code.StartsWith("cases.category.")) >= 8, "reports spread over the categories");
        Assert.Equal(32, figures.Provinces.Count);
    }

    [Theory, BothProviders]
    public async Task Every_figure_of_one_agency_equals_the_total_of_the_list_it_opens(DatabaseProvider provider) =>
        await AssertDrillsAsync(portals[provider], new ScopedActor(null, IsNational: true),
            new DashboardViewer("national", null, IsNational: true), DashboardRequest.Last(ChinaTime.Today(Clock), 90, TrendGrain.Week) with { Agency = Agency.CultureTourism });

    [Theory, BothProviders]
    public async Task Every_provincial_figure_equals_the_total_of_the_list_it_opens(DatabaseProvider provider)
    {
        var figures = await AssertDrillsAsync(portals[provider], new ScopedActor("44"),
            new DashboardViewer("gd", "44", IsNational: false), DashboardRequest.Last(ChinaTime.Today(Clock), 365, TrendGrain.Month));

        Assert.Equal("44", figures.ProvinceCode);
        Assert.Empty(figures.Provinces);
        Assert.NotEmpty(figures.Platforms);
        Assert.DoesNotContain(figures.Tiles, t => t.Code == "cases.AwaitingTriage");
    }

    private static async Task<DashboardFigures> AssertDrillsAsync(PortalFactory portal, ICurrentActor actor, DashboardViewer viewer, DashboardRequest request)
    {
        await using (var scope = portal.Services.CreateAsyncScope())
        {
            // The credit collector grades the seeded records in the background: settled first, so the grade snapshot
            // the rollup takes is the standing the publisher list shows.
            var collector = scope.ServiceProvider.GetRequiredService<CreditFactCollector>();
            while (await collector.CollectAsync() > 0) { }
            await scope.ServiceProvider.GetRequiredService<DashboardRollup>().CatchUpAsync();
        }
        await using var db = portal.CreateDbContext(actor);
        var protector = portal.Services.GetRequiredService<IdentityProtector>();
        var query = new DashboardQuery(db, portal.Services.GetServices<IDashboardTallySource>(), Clock);

        var figures = Assert.IsType<DashboardFigures>(await query.LoadAsync(viewer, request));

        var drilled = figures.Tiles.Where(t => t.Drill is not null).Select(t => (t.Code, Value: t.Value!.Value, t.Drill))
            .Concat(figures.Trends.SelectMany(s => s.Points.Where(p => p.Drill is not null).Select(p => ($"{s.Code}@{p.From}", p.Value, p.Drill))))
            .ToList();
        Assert.True(drilled.Count > 30, $"only {drilled.Count} drillable figures");
        var mismatches = new List<string>();
        foreach (var (code, value, drill) in drilled)
        {
            var total = await DrilledLists.TotalAsync(db, protector, drill!, Clock);
            if (total != value) mismatches.Add($"{code}: figure {value}, list {total}");
        }
        Assert.True(mismatches.Count == 0, string.Join("\n", mismatches));
        // The credit and spot-check tiles drill too (the period ends today, so the credit snapshot shown is today's);
        // only credit repairs, counted by the day applied for, have no such list yet.
        Assert.All(figures.Tiles.Where(t => DashboardQuery.IsExtensionTile(t.Code) && t.HasData && !t.Code.StartsWith(DashboardMeasures.CreditRepairs)),
            t => Assert.True(t.Drill is not null, $"{t.Code} has no list"));
        return figures;
    }
}
