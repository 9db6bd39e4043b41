using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Regulator.Domain.Common;
using Regulator.Domain.Credit;
using Regulator.Domain.Dashboards;
using Regulator.Domain.Persistence;
using Regulator.Domain.Scoping;
using Regulator.Domain.SpotChecks;
using Regulator.Tests.Credit;
using Regulator.Tests.Infrastructure;
using Regulator.Tests.Persistence;
using static Regulator.Tests.Credit.CreditArrange;

namespace Regulator.Tests.Dashboards;

/// <summary>
/// The credit and spot-check tiles (issue 15) read what their tally sources rolled up, and agree with the records:
/// subjects per grade and listings in force as of today's snapshot, repairs, plans, tasks drawn and done and their
/// findings over the period; nationally and for a province, whose dashboard (and page) never counts another
/// province's records. A listing and a repair made in one province reach that province's tiles at the next catch-up.
/// </summary>
public sealed class DashboardCreditSpotCheckTests(ProviderPortals portals) : IClassFixture<ProviderPortals>
{
    private static readonly TimeProvider Clock = TimeProvider.System;
    private static readonly DashboardRequest Year = DashboardRequest.Last(ChinaTime.Today(Clock), 365, TrendGrain.Month);
    private static readonly DashboardViewer National = new("n", null, IsNational: true);
    private static readonly DashboardViewer Guangdong = new("gd", "44", IsNational: false);

    [Theory, BothProviders]
    public async Task The_tiles_equal_the_records_nationally_and_a_province_sees_only_its_own(DatabaseProvider provider)
    {
        var portal = portals[provider];
        // The credit collector may still be grading the seeded records: compare once a catch-up and the records agree.
        await EventuallyAsync(async () =>
        {
            await CatchUpAsync(portal);
            await using var db = portal.CreateDbContext(new ScopedActor(null, IsNational: true));
            var nation = (await Query(portal, db).LoadAsync(National, Year))!;
            var expected = await ExpectedAsync(db, province: null);
            return Compare(nation, expected);
        });
        await EventuallyAsync(async () =>
        {
            await CatchUpAsync(portal);
            await using var db = portal.CreateDbContext(new ScopedActor("44"));
            var guangdong = (await Query(portal, db).LoadAsync(Guangdong, Year))!;
            await using var all = portal.CreateDbContext(new ScopedActor(null, IsNational: true));
            var expected = await ExpectedAsync(all, province: "44");
            var national = await ExpectedAsync(all, province: null);
            Assert.True(national["credit-grades"] > expected["credit-grades"], "other provinces hold subjects the province must not count");
            return Compare(guangdong, expected);
        });
        await using (var db = portal.CreateDbContext(new ScopedActor(null, IsNational: true)))
        {
            var expected = await ExpectedAsync(db, province: null);
            Assert.True(expected["credit-grades"] > 0 && expected["spot-checks"] > 0 && expected["spot-check-plans"] > 0, "the seeded history has credit subjects and spot checks");
        }

        // The provincial page shows its own figures in the tiles, not "no data yet".
        await using (var db = portal.CreateDbContext(new ScopedActor(null, IsNational: true)))
        {
            var expected = await ExpectedAsync(db, province: "44");
            var page = await HtmlPage.GetAsync(await portal.SignInAsync("gd.admin"), "/dashboards");
            foreach (var grade in Enum.GetNames<CreditGrade>())
                Assert.Equal(expected[$"credit-grades.{grade}"].ToString("N0"), page.QuerySelector($"[data-tile='credit-grades.{grade}'] [data-testid=tile-value]")!.TextContent.Trim());
            Assert.Null(page.QuerySelector("[data-tile='credit-grades'] [data-testid=no-data]"));
            Assert.Null(page.QuerySelector("[data-tile='spot-checks'] [data-testid=no-data]"));
        }
    }

    [Theory, BothProviders]
    public async Task A_listing_and_a_repair_reach_their_provinces_tiles_at_the_next_catch_up_and_no_other_province(DatabaseProvider provider)
    {
        var portal = portals[provider];
        var beijingViewer = new DashboardViewer("bj", "11", IsNational: false);
        await CatchUpAsync(portal);
        var (beijingBefore, guangdongBefore) = (await LoadAsync(portal, beijingViewer), await LoadAsync(portal, Guangdong));

        var subject = await FreshPublisherAsync(portal);
        await using (var beijing = new CreditArrange(portal, Beijing))
        {
            var penalty = await beijing.Penalties.RecordAsync(subject.Id, $"京网信罚〔2026〕{Guid.NewGuid():N}"[..24] + "号", ChinaTime.Today(Clock), CreditSeverity.Serious, "组织未成年人深夜直播", BeijingProposer);
            var fact = await beijing.Db.CreditFacts.AsNoTracking().SingleAsync(f => f.SourceType == nameof(AdministrativePenalty) && f.SourceId == penalty.Value.Id.ToString());
            var designation = (await beijing.Procedure.ProposeAsync(new DesignationProposal(subject.Id, "serious-minors-harm", [fact.Id], "组织未成年人深夜直播"), BeijingProposer)).Value;
            await beijing.Procedure.RecordDefenceAsync(designation.Id, "已整改", [], ChinaTime.Today(Clock), BeijingProposer);
            await beijing.Procedure.DecideAsync(designation.Id, true, "情节严重", BeijingDecider);
            await CatchUpAsync(portal);
            var listed = await LoadAsync(portal, beijingViewer);
            Assert.Equal(beijingBefore.Tile("untrustworthy.Serious").Value + 1, listed.Tile("untrustworthy.Serious").Value);

            await beijing.Procedure.ApplyForRepairAsync(designation.Id, "整改报告", "承诺不再违规", BeijingProposer);
        }
        await CatchUpAsync(portal);
        var beijingAfter = await LoadAsync(portal, beijingViewer);
        Assert.Equal(beijingBefore.Tile("credit-repairs.Pending").Value + 1, beijingAfter.Tile("credit-repairs.Pending").Value);
        var guangdongAfter = await LoadAsync(portal, Guangdong);
        foreach (var code in new[] { "untrustworthy", "untrustworthy.Serious", "credit-repairs", "credit-repairs.Pending" })
            Assert.Equal(guangdongBefore.Tile(code).Value, guangdongAfter.Tile(code).Value);
    }

    private static async Task<DashboardFigures> LoadAsync(PortalFactory portal, DashboardViewer viewer)
    {
        await using var db = portal.CreateDbContext(new ScopedActor(viewer.ProvinceCode, IsNational: viewer.ProvinceCode is null));
        return (await Query(portal, db).LoadAsync(viewer, Year))!;
    }

    /// <summary>Each extension tile's figure counted straight from the records, for the nation or one province.</summary>
    private static async Task<Dictionary<string, long>> ExpectedAsync(RegulatorDbContext db, string? province)
    {
        var today = ChinaTime.Today(Clock);
        var expected = new Dictionary<string, long>();
        var subjects = db.CreditSubjects.Where(s => (province == null || s.ProvinceCode == province) && s.Kind == CreditSubjectKind.Publisher);
        var grades = await subjects.GroupBy(s => s.Grade).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => (long)g.Count);
        expected["credit-grades"] = grades.Values.Sum();
        foreach (var grade in Enum.GetValues<CreditGrade>()) expected[$"credit-grades.{grade}"] = grades.GetValueOrDefault(grade);
        var inForce = db.UntrustworthyDesignations.Where(d => (province == null || d.ProvinceCode == province) && d.State == DesignationState.Listed && d.StartsOn <= today && d.EndsOn >= today);
        expected["untrustworthy"] = await inForce.CountAsync();
        expected["untrustworthy.Serious"] = await inForce.CountAsync(d => d.Level == DesignationLevel.Serious);
        var repairs = db.UntrustworthyDesignations.Where(d => (province == null || d.ProvinceCode == province) && d.RepairAppliedOn >= Year.From && d.RepairAppliedOn <= Year.To);
        expected["credit-repairs"] = await repairs.CountAsync();
        var (start, end) = (ChinaTime.StartOfDayUtc(Year.From), ChinaTime.StartOfDayUtc(Year.To.AddDays(1)));
        expected["spot-check-plans"] = await db.SpotCheckPlans.CountAsync(p => (province == null || p.ProvinceCode == province) && p.CreatedUtc >= start && p.CreatedUtc < end);
        var tasks = db.SpotCheckTasks.Where(t => (province == null || t.ProvinceCode == province) && t.DrawnOn >= Year.From && t.DrawnOn <= Year.To
            && t.Status != SpotCheckTaskStatus.Cancelled && db.Platforms.Any(p => p.Id == t.PlatformId));
        expected["spot-checks"] = await tasks.CountAsync();
        expected["spot-checks.Closed"] = await tasks.CountAsync(t => t.Status == SpotCheckTaskStatus.Closed);
        var problems = db.CheckResults.Where(r => r.Outcome != CheckOutcome.NoProblem);
        expected["spot-checks.findings"] = await tasks.CountAsync(t => problems.Any(r => r.TaskId == t.Id));
        return expected;
    }

    private static List<string> Compare(DashboardFigures figures, Dictionary<string, long> expected) =>
        [.. expected.Where(e => figures.Tile(e.Key).Value != e.Value).Select(e => $"{e.Key}: tile {figures.Tile(e.Key).Value}, records {e.Value}")];

    private static async Task EventuallyAsync(Func<Task<List<string>>> compare)
    {
        var mismatches = new List<string>();
        for (var attempt = 0; attempt < 10; attempt++)
        {
            mismatches = await compare();
            if (mismatches.Count == 0) return;
            await Task.Delay(1000);
        }
        Assert.Fail(string.Join("\n", mismatches));
    }

    private static async Task CatchUpAsync(PortalFactory portal)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DashboardRollup>().CatchUpAsync();
    }

    private static DashboardQuery Query(PortalFactory portal, RegulatorDbContext db) =>
        new(db, portal.Services.GetServices<IDashboardTallySource>(), Clock);
}
