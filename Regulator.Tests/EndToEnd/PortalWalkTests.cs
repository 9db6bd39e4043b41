using Microsoft.Playwright;
using Regulator.Domain.Seeding;
using Regulator.Tests.Infrastructure;
using Regulator.Web.Account;
using Regulator.Web.Shell;
using Xunit.Abstractions;

namespace Regulator.Tests.EndToEnd;

/// <summary>
/// A real Chromium against the portal on a socket: what a person sees, including what the browser refuses
/// (a Content-Security-Policy violation shows up here and nowhere else). Screenshots are kept for review.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PortalWalkTests(BrowserFixture browser, KestrelPortal portal, ITestOutputHelper output)
{
    // Two cores shared with other people's builds: allow more than Playwright's 30 seconds per step.
    private const float StepTimeout = 60_000;

    public static readonly string ScreenshotFolder = Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");

    [Fact]
    public async Task A_national_administrator_signs_in_opens_every_section_switches_language_and_signs_out()
    {
        await using var context = await browser.Browser.NewContextAsync(new()
        {
            BaseURL = portal.Address.ToString(),
            // Chromium would otherwise announce en-US and get English before anyone chose it.
            Locale = PortalText.Chinese,
            ViewportSize = new() { Width = 1280, Height = 860 },
        });
        context.SetDefaultTimeout(StepTimeout);
        var page = await context.NewPageAsync();
        var refusedByPolicy = new List<string>();
        page.Console += (_, message) => { if (message.Text.Contains("Content Security Policy")) refusedByPolicy.Add(message.Text); };

        await page.GotoAsync("/", new() { WaitUntil = WaitUntilState.Commit });
        Assert.Equal(PortalSignIn.LoginPath, new Uri(page.Url).AbsolutePath);
        await ScreenshotAsync(page, "sign-in");

        await page.FillAsync("[name='Input.UserName']", "national.admin");
        await page.FillAsync("[name='Input.Password']", DemoUsers.Password);
        await NavigateAsync(page, () => page.ClickAsync("form button[type=submit]"));
        Assert.Equal("/", new Uri(page.Url).AbsolutePath);

        var navigation = page.Locator(".portal-drawer a.mud-nav-link");
        var links = await navigation.EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        Assert.Equal(ShellSections.All.Select(s => s.Href), links);
        foreach (var href in links)
        {
            // Interactive pages are reached inside the circuit (no HTTP request); static ones by a full load.
            await page.WaitForCircuitAsync();
            await page.Locator($".portal-drawer a.mud-nav-link[href='{href}']").ClickAsync();
            await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == href);
            await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
            var heading = (await page.Locator("main h1").First.InnerTextAsync()).Trim();
            Assert.NotEmpty(heading);
            Assert.NotEqual(PortalText.Of<ShellText>(portal, "ErrorTitle"), heading);
            Assert.NotEqual("404", heading);
            await ScreenshotAsync(page, $"zh{(href == "/" ? "-home" : href.Replace('/', '-'))}");
        }

        await page.WaitForCircuitAsync();
        await page.ClickAsync(".portal-drawer a.mud-nav-link[href='/filings']");
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/filings");
        var chineseHeading = await page.Locator("main h1").First.InnerTextAsync();
        await NavigateAsync(page, () => page.ClickAsync("header a[lang=en]"));
        Assert.Equal("/filings", new Uri(page.Url).AbsolutePath);
        Assert.Equal(PortalText.English, await page.Locator("html").GetAttributeAsync("lang"));
        Assert.NotEqual(chineseHeading, await page.Locator("main h1").First.InnerTextAsync());
        Assert.Equal(PortalText.Of<ShellText>(portal, "NavFilings", PortalText.English),
            (await page.Locator(".portal-drawer a.mud-nav-link[href='/filings']").InnerTextAsync()).Trim());
        await ScreenshotAsync(page, "en-filings");

        await NavigateAsync(page, () => page.ClickAsync("form[action='/account/logout'] button"));
        Assert.Equal(PortalSignIn.LoginPath, new Uri(page.Url).AbsolutePath);
        Assert.Equal(PortalText.Of<AccountText>(portal, "SignInTitle", PortalText.English), (await page.Locator("h1").InnerTextAsync()).Trim());
        await NavigateAsync(page, () => page.GotoAsync("/", new() { WaitUntil = WaitUntilState.Commit }));
        Assert.Equal(PortalSignIn.LoginPath, new Uri(page.Url).AbsolutePath);
        await ScreenshotAsync(page, "en-signed-out");

        Assert.Empty(refusedByPolicy);
        output.WriteLine($"Screenshots: {ScreenshotFolder}");
    }

    /// <summary>
    /// Runs an action that navigates and returns the document it ends on, after any redirects, once the page
    /// shows its address. Later reads use auto-waiting locators. No client-side load-state wait: under heavy load
    /// on this shared machine, WaitForLoadStateAsync and WaitForURLAsync were seen to time out on a page that had
    /// long finished loading ("NetworkIdle event fired" in the log), while the polling assertion does not.
    /// </summary>
    private static async Task<IResponse> NavigateAsync(IPage page, Func<Task> action)
    {
        var response = await page.RunAndWaitForResponseAsync(action,
            r => r.Request.IsNavigationRequest && r.Frame == page.MainFrame && r.Status is < 300 or >= 400);
        await Assertions.Expect(page).ToHaveURLAsync(response.Url, new() { Timeout = StepTimeout });
        return response;
    }

    private static async Task ScreenshotAsync(IPage page, string name)
    {
        // Style sheets block rendering, so once the heading is visible the page is painted with them.
        await page.Locator("h1").First.WaitForAsync();
        Directory.CreateDirectory(ScreenshotFolder);
        await page.ScreenshotAsync(new() { Path = Path.Combine(ScreenshotFolder, $"{name}.png"), FullPage = true });
    }
}
