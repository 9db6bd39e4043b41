using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Regulator.Domain.Common;
using Regulator.Domain.Credit;
using Regulator.Domain.Dashboards;
using Regulator.Domain.Persistence;
using Regulator.Domain.Reports;
using Regulator.Tests.Infrastructure;
using Regulator.Tests.Persistence;

namespace Regulator.Tests.Dashboards;

/// <summary>The rollup follows the records: a run with nothing new recounts nothing; new reports and a closed case show at the next run.</summary>
public sealed class DashboardRollupTests(ProviderPortals portals) : IClassFixture<ProviderPortals>
{
    private static readonly TimeProvider Clock = TimeProvider.System;

    [Theory, BothProviders]
    public async Task New_reports_and_a_closed_case_reach_the_figures_at_the_next_catch_up(DatabaseProvider provider)
    {
        var portal = portals[provider];
        await using var scope = portal.Services.CreateAsyncScope();
        var rollup = scope.ServiceProvider.GetRequiredService<DashboardRollup>();
        // Nothing changed, nothing recounted, for every source. "Nothing changed" has to be made true first: the portal's
        // credit collector grades the seeded cases, entries and today's inspection findings in the background (slower
        // on PostgreSQL), and each grade it moves rightly retakes today's credit snapshot. Its own step, run here until
        // it finds nothing new, settles that work (recording is idempotent, so a background pass reading the same batch adds nothing).
        var collector = scope.ServiceProvider.GetRequiredService<CreditFactCollector>();
        while (await collector.CollectAsync() > 0) { }
        await rollup.CatchUpAsync();
        Assert.Equal(0, (await rollup.CatchUpAsync()).DaysRecounted);
        var week = DashboardRequest.Last(ChinaTime.Today(Clock), 7);
        var before = await LoadAsync(portal, week);

        var db = scope.ServiceProvider.GetRequiredService<RegulatorDbContext>();
        var platforms = await db.Platforms.IgnoreQueryFilters().AsNoTracking().Where(p => p.ProvinceCode == "44").ToListAsync();
        var generator = new ReportGenerator(7, ReportGenerator.PlatformsOf(platforms), $"T{provider}-");
        var drafts = Enumerable.Range(0, 5).Select(i => generator.Next(Clock.GetUtcNow().AddMinutes(-10 - i))).ToList();
        var stored = await scope.ServiceProvider.GetRequiredService<ReportIntake>().ReceiveAsync(drafts.Select((d, i) => IntakeItem.Read(i, d)).ToList(), ReportChannel.Push);
        Assert.Equal(5, stored.Stored);
        var newCases = await db.ReportCases.IgnoreQueryFilters().CountAsync(c => c.Reports.Any(r => r.ExternalId.StartsWith($"T{provider}-")));

        Assert.True((await rollup.CatchUpAsync()).DaysRecounted > 0);
        var after = await LoadAsync(portal, week);
        Assert.Equal(before.Tile("cases").Value + newCases, after.Tile("cases").Value);
        Assert.Equal(before.Tile("cases.reports").Value + 5, after.Tile("cases.reports").Value);

        // An overdue case closed today leaves the overdue figure at the next run.
        var overdue = await db.ReportCases.IgnoreQueryFilters().Where(c => c.Status == CaseStatus.InProgress && c.DueUtc <= Clock.GetUtcNow().UtcDateTime)
            .OrderBy(c => c.Id).FirstAsync();
        Assert.Null(overdue.Close(CaseOutcome.Unsubstantiated, PunitiveMeasures.None, null, "经核查，未发现举报所述问题。", "test", Clock.GetUtcNow().UtcDateTime));
        await db.SaveChangesAsync();
        await rollup.CatchUpAsync();
        Assert.Equal(after.Tile("cases.overdue").Value - 1, (await LoadAsync(portal, week)).Tile("cases.overdue").Value);
    }

    private static async Task<DashboardFigures> LoadAsync(PortalFactory portal, DashboardRequest request)
    {
        await using var db = portal.CreateDbContext(new ScopedActor(null, IsNational: true));
        return (await new DashboardQuery(db, portal.Services.GetServices<IDashboardTallySource>(), Clock)
            .LoadAsync(new DashboardViewer("n", null, IsNational: true), request))!;
    }
}
