using System.Net;
using AngleSharp;
using Microsoft.EntityFrameworkCore;
using Regulator.Domain.Persistence;
using Regulator.Domain.SpotChecks;
using Regulator.Tests.Hostile;
using Regulator.Tests.Infrastructure;
using Regulator.Web.SpotChecks;

namespace Regulator.Tests.SpotChecks;

/// <summary>
/// The spot-check pages as HTTP answers on the demo data: the public pages need no sign-in, list only published plans,
/// replay a published draw to the same selection and hold no identity number; the staff pages answer 404 for another
/// province's plan or task and for another inspector's task (prerendered, so a crafted URL learns nothing from the status).
/// </summary>
public sealed class SpotChecksPagesTests(ProviderPortals portals) : IClassFixture<ProviderPortals>
{
    [Theory, BothProviders]
    public async Task Anyone_reads_the_published_plans_and_re_runs_a_draw_to_the_same_selection(DatabaseProvider provider)
    {
        var portal = portals[provider];
        int planId, drawId;
        await using (var db = portal.CreateDbContext())
        {
            planId = await db.SpotCheckPlans.IgnoreQueryFilters().Where(p => p.Status == PlanStatus.Closed).Select(p => p.Id).FirstAsync();
            drawId = await db.SpotCheckDraws.IgnoreQueryFilters().Where(d => d.PlanId == planId && d.State == DrawState.Completed).Select(d => d.Id).FirstAsync();
        }
        var anonymous = portal.CreatePortalClient();

        var list = await GetAsync(anonymous, "/spot-checks/public");
        Assert.NotNull(list.QuerySelector($"[data-testid=public-plans] tr[data-plan='{planId}'] a[href='/spot-checks/public/{planId}']"));

        var plan = await GetAsync(anonymous, $"/spot-checks/public/{planId}");
        Assert.NotEmpty(plan.QuerySelectorAll("[data-testid=public-targets] tbody tr"));
        Assert.NotNull(plan.QuerySelector($"a[href='/spot-checks/public/draws/{drawId}/verification']"));

        var verification = await GetAsync(anonymous, $"/spot-checks/public/draws/{drawId}/verification");
        Assert.Equal("true", verification.QuerySelector("[data-testid=verdict]")!.GetAttribute("data-matches"));
        var rows = verification.QuerySelectorAll("[data-testid=replayed] tbody tr");
        var published = plan.QuerySelectorAll("[data-testid=public-targets] tbody tr");
        Assert.Equal(published.Length, rows.Length);
        // Row by row: the replayed target is the published one (the last cell says so), and its label is the published label.
        for (var i = 0; i < rows.Length; i++)
        {
            Assert.Contains("✓", rows[i].Children.Last().TextContent);
            Assert.Equal(published[i].Children[1].TextContent.Trim(), rows[i].Children[3].TextContent.Trim());
        }
        Assert.Equal(PortalText.Of<SpotChecksText>(portal, "VerifyTitle"), verification.QuerySelector("main h1")!.TextContent.Trim());
    }

    [Theory, BothProviders]
    public async Task The_public_pages_switch_to_English(DatabaseProvider provider)
    {
        var portal = portals[provider];
        var client = portal.CreatePortalClient();
        await client.GetAsync("/culture?name=en&returnUrl=%2Fspot-checks%2Fpublic");
        var page = await GetAsync(client, "/spot-checks/public");
        Assert.Equal(PortalText.Of<SpotChecksText>(portal, "PublicTitle", PortalText.English), page.QuerySelector("main h1")!.TextContent.Trim());
    }

    [Theory, BothProviders]
    public async Task Unpublished_plans_and_their_draws_have_no_public_page(DatabaseProvider provider)
    {
        var portal = portals[provider];
        List<int> plans, draws;
        await using (var db = portal.CreateDbContext())
        {
            plans = await db.SpotCheckPlans.IgnoreQueryFilters().Where(p => p.Status != PlanStatus.Closed).Select(p => p.Id).ToListAsync();
            draws = await db.SpotCheckDraws.IgnoreQueryFilters().Where(d => plans.Contains(d.PlanId)).Select(d => d.Id).ToListAsync();
        }
        Assert.NotEmpty(plans);
        Assert.NotEmpty(draws);
        var anonymous = portal.CreatePortalClient();
        foreach (var id in plans) Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/spot-checks/public/{id}")).StatusCode);
        foreach (var id in draws) Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/spot-checks/public/draws/{id}/verification")).StatusCode);
        // The staff pages are not public.
        Assert.Equal(HttpStatusCode.Redirect, (await anonymous.GetAsync($"/spot-checks/plans/{plans[0]}")).StatusCode);
    }

    [Theory, BothProviders]
    public async Task A_provincial_user_gets_404_for_another_provinces_plan_and_task_and_an_inspector_for_another_inspectors_task(DatabaseProvider provider)
    {
        var portal = portals[provider];
        SpotCheckPlan beijingPlan, draftPlan;
        SpotCheckTask beijingTask;
        string notDrawn;
        await using (var db = portal.CreateDbContext())
        {
            beijingPlan = await db.SpotCheckPlans.IgnoreQueryFilters().Where(p => p.ProvinceCode == "11" && p.Status == PlanStatus.InProgress).FirstAsync();
            draftPlan = await db.SpotCheckPlans.IgnoreQueryFilters().Where(p => p.ProvinceCode == "11" && p.Status == PlanStatus.Draft).FirstAsync();
            beijingTask = await db.SpotCheckTasks.IgnoreQueryFilters().Include(t => t.Inspectors).Where(t => t.PlanId == beijingPlan.Id).OrderBy(t => t.Id).FirstAsync();
            var drawnUsers = beijingTask.Inspectors.Select(i => i.UserId).ToList();
            notDrawn = await db.Inspectors.IgnoreQueryFilters().Where(i => i.ProvinceCode == "11" && i.UserId != null && !drawnUsers.Contains(i.UserId))
                .Join(db.Users, i => i.UserId, u => u.Id, (_, u) => u.UserName!).FirstAsync();
        }

        var guangdong = await portal.SignInAsync("gd.admin");
        foreach (var path in new[] { $"/spot-checks/plans/{beijingPlan.Id}", $"/spot-checks/plans/{draftPlan.Id}/edit", $"/spot-checks/tasks/{beijingTask.Id}" })
        {
            using var response = await guangdong.GetAsync(path);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.DoesNotContain(beijingPlan.Title, await response.Content.ReadAsStringAsync());
        }
        var otherInspector = await portal.SignInAsync(notDrawn);
        Assert.Equal(HttpStatusCode.NotFound, (await otherInspector.GetAsync($"/spot-checks/tasks/{beijingTask.Id}")).StatusCode);

        var beijing = await portal.SignInAsync("bj.admin");
        var own = await GetAsync(beijing, $"/spot-checks/plans/{beijingPlan.Id}");
        Assert.Equal(beijingPlan.Title, own.QuerySelector("main h1")!.TextContent.Trim());
        Assert.NotNull(own.QuerySelector($"[data-testid=tasks] tr[data-task='{beijingTask.Id}']"));
        var list = await GetAsync(beijing, "/spot-checks");
        Assert.NotNull(list.QuerySelector($"a[data-plan='{beijingPlan.Id}']"));
        var form = await GetAsync(beijing, $"/spot-checks/plans/{draftPlan.Id}/edit");
        Assert.NotNull(form.QuerySelector("[data-testid=plan-title]"));
    }

    [Theory, BothProviders]
    public async Task A_platforms_record_lists_its_spot_checks_with_their_state_for_its_province_only(DatabaseProvider provider)
    {
        var portal = portals[provider];
        SpotCheckTask task;
        await using (var db = portal.CreateDbContext())
            task = await db.SpotCheckTasks.IgnoreQueryFilters()
                .Where(t => t.ProvinceCode == "11" && t.Status != SpotCheckTaskStatus.Cancelled).OrderBy(t => t.Id).FirstAsync();

        var beijing = await GetAsync(await portal.SignInAsync("bj.admin"), $"/platforms/{task.PlatformId}");
        var row = beijing.QuerySelector($"[data-testid=tasks] tr[data-task='{task.Id}']");
        Assert.NotNull(row);
        Assert.NotNull(row!.QuerySelector($"a[href='/spot-checks/tasks/{task.Id}']"));
        Assert.Contains(PortalText.Of<SpotChecksText>(portal, "Task" + task.Status), row.TextContent);

        using var guangdong = await (await portal.SignInAsync("gd.admin")).GetAsync($"/platforms/{task.PlatformId}");
        Assert.Equal(HttpStatusCode.NotFound, guangdong.StatusCode);
    }

    private static async Task<AngleSharp.Dom.IDocument> GetAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode}");
        var body = await response.Content.ReadAsStringAsync();
        Assert.Empty(IdentityLeaks.In(body));
        return await BrowsingContext.New(Configuration.Default).OpenAsync(request => request.Content(body));
    }
}
