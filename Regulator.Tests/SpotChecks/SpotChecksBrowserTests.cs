using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Regulator.Domain.Persistence;
using Regulator.Domain.SpotChecks;
using Regulator.Tests.EndToEnd;
using Regulator.Tests.Infrastructure;
using Regulator.Web.SpotChecks;

namespace Regulator.Tests.SpotChecks;

/// <summary>
/// The spot-check pages in a real Chromium against the portal on a socket: an administrator makes a plan in the form
/// and draws it, watching the draw's parts complete; a drawn inspector records every item of a task and it closes;
/// anyone opens the public record and re-runs a published draw. Screenshots are kept with the walk's.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class SpotChecksBrowserTests(BrowserFixture browser, KestrelPortal portal)
{
    private const float StepTimeout = BrowserFixture.StepTimeout;

    [Fact]
    public async Task An_administrator_plans_and_draws_and_a_drawn_inspector_records_every_item_until_the_task_closes()
    {
        var page = await NewPageAsync();
        await page.SignInAsync("bj.admin");
        await page.GotoInteractiveAsync("/spot-checks/plans/new");
        var title = $"浏览器测试抽查计划 {Guid.NewGuid():N}"[..20];
        await page.Locator("input[data-testid=plan-title], [data-testid=plan-title] input").First.FillAsync(title);
        var items = page.Locator("[data-testid=plan-items] input[type=checkbox]");
        await items.First.WaitForAsync(new() { State = WaitForSelectorState.Attached });
        await items.Nth(0).CheckAsync(new() { Force = true });
        await items.Nth(1).CheckAsync(new() { Force = true });
        await page.SaveScreenshotAsync("spot-checks-plan-form");
        await page.Locator("button[data-testid=save]").ClickAsync();

        await page.WaitForURLAsync(url => System.Text.RegularExpressions.Regex.IsMatch(new Uri(url).AbsolutePath, @"^/spot-checks/plans/\d+$"));
        await Assertions.Expect(page.Locator("main h1")).ToHaveTextAsync(title, new() { Timeout = StepTimeout });
        var planId = int.Parse(new Uri(page.Url).AbsolutePath.Split('/').Last());

        await page.WaitForCircuitAsync();
        await page.Locator("button[data-testid=draw]").ClickAsync();
        await page.Locator("[data-testid=confirm-ok]").ClickAsync();
        // Every part of the draw is shown done, the seed first; then the tasks are listed.
        await Assertions.Expect(page.Locator($"[data-stage={DrawStage.TasksSaved}]")).ToHaveAttributeAsync("data-done", "true", new() { Timeout = StepTimeout });
        foreach (var stage in Enum.GetValues<DrawStage>())
            await Assertions.Expect(page.Locator($"[data-stage={stage}]")).ToHaveAttributeAsync("data-done", "true");
        await Assertions.Expect(page.Locator("[data-testid=tasks] tbody tr").First).ToBeVisibleAsync(new() { Timeout = StepTimeout });
        var seed = (await page.Locator("[data-testid=drawn-seed]").InnerTextAsync()).Trim();
        await page.SaveScreenshotAsync("spot-checks-plan-drawn");

        long taskId;
        string inspector;
        int itemCount;
        await using (var db = portal.CreateDbContext())
        {
            var draw = await db.SpotCheckDraws.IgnoreQueryFilters().SingleAsync(d => d.PlanId == planId);
            Assert.Equal(seed, draw.SeedHex);
            Assert.Equal(DrawState.Completed, draw.State);
            var task = await db.SpotCheckTasks.IgnoreQueryFilters().Include(t => t.Inspectors).Where(t => t.PlanId == planId).OrderBy(t => t.DrawOrder).FirstAsync();
            taskId = task.Id;
            var userId = task.Inspectors.OrderBy(i => i.Position).First().UserId;
            inspector = await db.Users.Where(u => u.Id == userId).Select(u => u.UserName!).SingleAsync();
            itemCount = (await db.SpotCheckPlans.IgnoreQueryFilters().SingleAsync(p => p.Id == planId)).CheckItemIds.Count;
        }

        var inspectorPage = await NewPageAsync();
        await inspectorPage.SignInAsync(inspector);
        await inspectorPage.GotoInteractiveAsync($"/spot-checks/tasks/{taskId}");
        for (var i = 0; i < itemCount; i++)
        {
            // "No problem found" is the outcome offered first; each step reloads the task from the database.
            var open = inspectorPage.Locator("[data-result-item][data-recorded=false] button[data-testid=record]").First;
            await open.ClickAsync();
            await Assertions.Expect(inspectorPage.Locator("[data-result-item][data-recorded=true]")).ToHaveCountAsync(i + 1, new() { Timeout = StepTimeout });
        }
        await Assertions.Expect(inspectorPage.Locator("[data-testid=task-status]")).ToHaveAttributeAsync("data-status", nameof(SpotCheckTaskStatus.Closed), new() { Timeout = StepTimeout });
        await inspectorPage.SaveScreenshotAsync("spot-checks-task-closed");
    }

    [Fact]
    public async Task Anyone_opens_the_public_record_and_re_runs_a_published_draw()
    {
        var page = await NewPageAsync();
        await page.GotoAsync("/spot-checks/public");
        // Anonymous: the page, not the sign-in form, and no navigation drawer.
        Assert.Equal("/spot-checks/public", new Uri(page.Url).AbsolutePath);
        Assert.Equal(0, await page.Locator(".portal-drawer").CountAsync());
        await page.SaveScreenshotAsync("spot-checks-public");
        await page.Locator("[data-testid=public-plans] tbody tr a").First.ClickAsync();
        await page.Locator("[data-testid=verify]").First.ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=verdict]")).ToHaveAttributeAsync("data-matches", "true", new() { Timeout = StepTimeout });
        Assert.Equal(PortalText.Of<SpotChecksText>(portal, "VerifyTitle"), (await page.Locator("main h1").InnerTextAsync()).Trim());
        await page.SaveScreenshotAsync("spot-checks-verification");

        await page.Locator("header a[lang=en]").ClickAsync();
        await Assertions.Expect(page.Locator("main h1")).ToHaveTextAsync(PortalText.Of<SpotChecksText>(portal, "VerifyTitle", PortalText.English), new() { Timeout = StepTimeout });
    }

    private Task<IPage> NewPageAsync() => browser.NewPageAsync(portal);
}
