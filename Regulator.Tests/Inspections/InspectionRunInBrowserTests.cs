using Microsoft.Playwright;
using Regulator.Tests.EndToEnd;
using Regulator.Tests.Infrastructure;

namespace Regulator.Tests.Inspections;

/// <summary>
/// A national administrator runs the inspection from the jobs page in a real Chromium and watches it: the run's
/// progress shows live in the page (over the circuit, no fragment request, the address never moves) and ends in
/// one consistent state, success, with no "running" left anywhere for it, and it appears in the history while the page
/// stays open.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class InspectionRunInBrowserTests(BrowserFixture browser, KestrelPortal portal)
{
    // An inspection of every demo platform and a notice printed for each: minutes on two shared cores.
    private const float RunTimeout = 300_000;

    [Fact]
    public async Task An_inspection_run_from_the_page_shows_its_progress_and_ends_in_success()
    {
        await using var context = await browser.Browser.NewContextAsync(new() { BaseURL = portal.Address.ToString(), Locale = PortalText.Chinese });
        context.SetDefaultTimeout(60_000);
        var page = await context.NewPageAsync();
        var fragments = new List<string>();
        page.Request += (_, request) => { if (request.Url.Contains("/progress")) fragments.Add(request.Url); };
        await page.SignInAsync("national.admin");
        await page.GotoInteractiveAsync("/jobs");

        var row = page.Locator("#recurring-jobs tr:has(td[data-job=inspection])");
        var lastRun = row.Locator("td[data-cell=last-run] .job-progress");
        var before = await lastRun.CountAsync() > 0 ? await lastRun.GetAttributeAsync("id") : null;
        await row.Locator("[data-action=run]").ClickAsync();
        await page.Locator(".mud-snackbar").Filter(new() { HasText = "立即运行" }).WaitForAsync();

        // The new run appears as the job's last run. Whether the table catches it running depends on how busy the
        // machine is (a quick run can end between two refreshes), so any state is awaited here; the bar moving live is
        // JobRunProgressTests' to show.
        var newRun = row.Locator($"td[data-cell=last-run] .job-progress:not([id='{before}'])");
        await newRun.WaitForAsync(new() { Timeout = RunTimeout });
        var id = await newRun.GetAttributeAsync("id");
        await ScreenshotAsync(page, "jobs-inspection-running");

        await page.Locator($"#{id}[data-outcome=Succeeded]").WaitForAsync(new() { Timeout = RunTimeout });
        var cell = await row.Locator("td[data-cell=last-run]").InnerTextAsync();
        Assert.Contains("成功", cell);
        Assert.DoesNotContain("运行中", cell);
        Assert.Equal(0, await page.Locator($"#{id} [data-percent]").CountAsync());
        // The same run shows in the history below without a reload, ended the same way, and again once the list is
        // filtered to the job.
        var runId = id!["run-progress-last-".Length..];
        await page.Locator($"#run-progress-history-{runId}[data-outcome=Succeeded]").WaitForAsync(new() { Timeout = 30_000 });
        await page.GotoInteractiveAsync("/jobs?job=inspection");
        await page.WaitForListAsync();
        Assert.Equal("Succeeded", await page.Locator($"#run-progress-history-{runId}").GetAttributeAsync("data-outcome"));
        Assert.Equal("/jobs", new Uri(page.Url).AbsolutePath);
        Assert.Empty(fragments);
        await ScreenshotAsync(page, "jobs-inspection-succeeded");
    }

    private static async Task ScreenshotAsync(IPage page, string name)
    {
        Directory.CreateDirectory(PortalWalkTests.ScreenshotFolder);
        await page.ScreenshotAsync(new() { Path = Path.Combine(PortalWalkTests.ScreenshotFolder, $"{name}.png"), FullPage = true });
    }
}
