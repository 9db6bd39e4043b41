using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Regulator.Domain.Common;
using Regulator.Domain.Dashboards;
using Regulator.Domain.Persistence;
using Regulator.Domain.Scoping;
using Regulator.Tests.Infrastructure;
using Regulator.Tests.Persistence;

namespace Regulator.Tests.Dashboards;

/// <summary>
/// A provincial user never obtains another province's figures: not by naming it (the query answers nothing, which a
/// page turns into 404), and not even through a query step that trusted a forged national viewer, because the rollup's
/// cells are scoped by the context like the records they count. Auditor and inspector views belong to their roles.
/// </summary>
public sealed class DashboardScopingTests(ProviderPortals portals) : IClassFixture<ProviderPortals>
{
    private static readonly TimeProvider Clock = TimeProvider.System;
    private static readonly DashboardRequest Year = DashboardRequest.Last(ChinaTime.Today(Clock), 365, TrendGrain.Month);

    [Theory, BothProviders]
    public async Task A_provincial_viewer_naming_another_province_gets_nothing(DatabaseProvider provider)
    {
        await using var db = portals[provider].CreateDbContext(new ScopedActor("44"));
        var query = Query(portals[provider], db);
        var guangdong = new DashboardViewer("gd", "44", IsNational: false);

        Assert.Null(await query.LoadAsync(guangdong, Year with { ProvinceCode = "11" }));
        Assert.Null(await query.LoadAsync(guangdong, Year with { ProvinceCode = "00" }));
        Assert.Null(await query.LoadAsync(new DashboardViewer("nobody", null, IsNational: false), Year));
        Assert.Equal("44", (await query.LoadAsync(guangdong, Year with { ProvinceCode = "44" }))!.ProvinceCode);
        Assert.Null(await query.LoadAsync(guangdong, Year with { To = Year.From.AddDays(-1) }));
    }

    [Theory, BothProviders]
    public async Task A_forged_national_viewer_on_a_provincial_context_still_sees_only_its_province(DatabaseProvider provider)
    {
        await using var national = portals[provider].CreateDbContext(new ScopedActor(null, IsNational: true));
        var beijingOnItsOwn = (await Query(portals[provider], national).LoadAsync(new DashboardViewer("n", null, IsNational: true), Year with { ProvinceCode = "11" }))!;
        Assert.True(beijingOnItsOwn.Tile("cases").Value > 0, "Beijing has cases to leak");

        await using var db = portals[provider].CreateDbContext(new ScopedActor("44"));
        var forged = new DashboardViewer("gd", null, IsNational: true);
        var query = Query(portals[provider], db);

        var beijing = (await query.LoadAsync(forged, Year with { ProvinceCode = "11" }))!;
        Assert.All(beijing.Tiles, t => Assert.True(t.Value is null or 0, $"{t.Code} = {t.Value}"));
        var nation = (await query.LoadAsync(forged, Year))!;
        Assert.All(nation.Provinces.Where(p => p.ProvinceCode != "44"), p => Assert.Equal(0, p.Filings + p.Cases + p.Reports + p.OverdueCases + p.Findings + p.BlacklistProposed));
    }

    [Theory, BothProviders]
    public async Task Only_auditors_see_the_reveals_and_inspectors_see_their_own_cases(DatabaseProvider provider)
    {
        var portal = portals[provider];
        await using var db = portal.CreateDbContext(new ScopedActor(null, IsNational: true));
        var query = Query(portal, db);

        Assert.Null(await query.AuditorAsync(new DashboardViewer("n", null, IsNational: true), Year));
        Assert.NotNull(await query.AuditorAsync(new DashboardViewer("a", null, IsNational: true, IsAuditor: true), Year));

        var inspector = await db.Users.Where(u => u.UserName == "gd.inspector").Select(u => u.Id).SingleAsync();
        await using var guangdong = portal.CreateDbContext(new ScopedActor("44"));
        var mine = await Query(portal, guangdong).InspectorCasesAsync(new DashboardViewer(inspector, "44", IsNational: false));
        Assert.NotNull(mine);
        Assert.NotEmpty(mine);
        Assert.Equal(mine.OrderBy(c => c.DueUtc).Select(c => c.Id), mine.Select(c => c.Id));
        // The same user id presented for another province finds nothing there.
        await using var beijing = portal.CreateDbContext(new ScopedActor("11"));
        Assert.Empty((await Query(portal, beijing).InspectorCasesAsync(new DashboardViewer(inspector, "11", IsNational: false)))!);
    }

    private static DashboardQuery Query(PortalFactory portal, RegulatorDbContext db) =>
        new(db, portal.Services.GetServices<IDashboardTallySource>(), Clock);
}
