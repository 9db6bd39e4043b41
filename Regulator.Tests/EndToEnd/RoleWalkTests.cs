using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Regulator.Domain.Documents;
using Regulator.Domain.Identity;
using Regulator.Domain.Jobs;
using Regulator.Domain.Persistence;
using Regulator.Domain.Seeding;
using Regulator.Tests.Infrastructure;
using Regulator.Tests.Jobs;
using Regulator.Web.Account;
using Regulator.Web.Jobs.Scheduling;
using Regulator.Web.Shell;
using Xunit.Abstractions;

namespace Regulator.Tests.EndToEnd;

/// <summary>
/// Every demo role walks the portal in a real Chromium as a person would: signs in, follows each link of the
/// navigation drawer (which lists only the sections the role may open), opens the first row of each list by its
/// link, downloads a PDF from the documents page and an Excel export of the filings list, switches to English and
/// back. No page reached that way may say access denied, not found or error, and the browser must report no
/// Content-Security-Policy violation, no uncaught script error, no console error from our scripts and no circuit error. Pages are found by the drawer,
/// by links and by roles, never by the markup of one section, so sections can be rebuilt under the walk.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class RoleWalkTests(BrowserFixture browser, KestrelPortal portal, ITestOutputHelper output)
{
    private const float StepTimeout = 60_000;

    /// <summary>One user of each demo role (README, "Demo users"), both provinces for the provincial administrator.</summary>
    private static readonly string[] Walkers = ["national.admin", "national.analyst", "auditor", "bj.admin", "gd.admin", "gd.reviewer", "bj.inspector"];

    public static TheoryData<string> Users => new(Walkers);

    private static readonly SemaphoreSlim DocumentsReady = new(1, 1);
    private static bool _documentsProduced;

    [Theory, MemberData(nameof(Users))]
    public async Task Each_role_walks_every_section_it_may_open_opens_a_record_downloads_and_switches_language(string userName)
    {
        var clock = Stopwatch.StartNew();
        var user = DemoUsers.All.Single(u => u.UserName == userName);
        await EnsureDocumentsAsync();
        await using var context = await browser.Browser.NewContextAsync(new()
        {
            BaseURL = portal.Address.ToString(),
            Locale = PortalText.Chinese,
            AcceptDownloads = true,
            ViewportSize = new() { Width = 1280, Height = 860 },
        });
        context.SetDefaultTimeout(StepTimeout);
        var page = await context.NewPageAsync();
        var failures = WatchForBrowserErrors(page);
        await page.SignInAsync(userName);

        var drawer = page.Locator(".portal-drawer a.mud-nav-link");
        var links = await drawer.EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        Assert.Equal(SectionsOf(user.Role), links);

        foreach (var href in links)
        {
            await FollowAsync(page, page.Locator($".portal-drawer a.mud-nav-link[href='{href}']"), href);
            var name = $"{userName}{(href == "/" ? "-home" : href.Replace('/', '-'))}";
            await AssertRenderedAsync(page, href);
            await ScreenshotAsync(page, name);
            if (await FirstRowLinkAsync(page) is { } row)
            {
                var target = PathOf(await row.GetAttributeAsync("href"));
                await FollowAsync(page, row, target);
                await AssertRenderedAsync(page, target);
                await ScreenshotAsync(page, name + "-record");
            }
        }

        await DownloadPdfAsync(page);
        await DownloadExportAsync(page);
        await SwitchLanguageAsync(page, userName);

        Assert.True(failures.Count == 0, $"{userName}: the browser reported\n{string.Join('\n', failures)}");
        output.WriteLine($"{userName}: {links.Length} sections in {clock.Elapsed.TotalSeconds:F1} s; screenshots in {PortalWalkTests.ScreenshotFolder}");
    }

    /// <summary>
    /// The drawer's sections for a role, by the rules in README: every member of staff sees the working sections;
    /// the audit trail is for the auditor and the national administrator; user administration for administrators.
    /// </summary>
    private static string[] SectionsOf(string role) => ShellSections.All.Select(s => s.Href).Where(href => href switch
    {
        "/audit" => role is RegulatorRoles.Auditor or RegulatorRoles.NationalAdmin,
        "/admin/users" => role is RegulatorRoles.NationalAdmin or RegulatorRoles.ProvincialAdmin,
        _ => true,
    }).ToArray();

    /// <summary>
    /// Collects what fails the walk: a CSP violation, an uncaught script error (<c>pageerror</c>), an error our own
    /// scripts write to the console (Blazor's report of a failed circuit among them: an unhandled exception in a
    /// component ends the circuit and logs an error), wherever in the walk it happens, a page left quickly included.
    /// </summary>
    private List<string> WatchForBrowserErrors(IPage page)
    {
        var failures = new List<string>();
        var ours = portal.Address.GetLeftPart(UriPartial.Authority);
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase)
                || message.Type == "error" && (message.Location.StartsWith(ours, StringComparison.OrdinalIgnoreCase)
                    || message.Text.Contains("circuit", StringComparison.OrdinalIgnoreCase) || message.Text.Contains("Unhandled exception", StringComparison.OrdinalIgnoreCase)))
                lock (failures) failures.Add($"{page.Url}: console {message.Type} at {message.Location}: {message.Text}");
        };
        page.PageError += (_, error) => { lock (failures) failures.Add($"{page.Url}: uncaught script error: {error}"); };
        return failures;
    }

    /// <summary>Clicks a link once the page is live and waits until the page at <paramref name="path"/> is on screen.</summary>
    private static async Task FollowAsync(IPage page, ILocator link, string path)
    {
        // Interactive pages are reached inside the circuit (no HTTP request); static ones by a full load.
        await page.WaitForCircuitAsync();
        await link.ClickAsync();
        await page.WaitForPageAsync(path);
    }

    /// <summary>The page shows its own heading: not the error page, not found, not access denied.</summary>
    private async Task AssertRenderedAsync(IPage page, string path)
    {
        Assert.NotEqual(PortalSignIn.LoginPath, new Uri(page.Url).AbsolutePath);
        Assert.NotEqual("/account/denied", new Uri(page.Url).AbsolutePath);
        var heading = (await page.Locator("main h1").First.InnerTextAsync()).Trim();
        Assert.NotEmpty(heading);
        Assert.False(heading == PortalText.Of<ShellText>(portal, "ErrorTitle") || heading == "404" || heading == PortalText.Of<AccountText>(portal, "DeniedTitle"),
            $"{path} shows \"{heading}\".");
        Assert.DoesNotContain(PortalText.Of<AccountText>(portal, "DeniedTitle"), await page.Locator("main").InnerTextAsync());
    }

    /// <summary>
    /// The first row's record link of the page's first table, once a server list has loaded; null when the page
    /// has no table or the list is empty. File links (download) are left to the download steps.
    /// </summary>
    private static async Task<ILocator?> FirstRowLinkAsync(IPage page)
    {
        if (await page.Locator("[data-list]").CountAsync() > 0) await page.WaitForListAsync();
        var link = page.Locator("main table tbody tr").First.Locator("a[href^='/']:not([download])").First;
        return await link.CountAsync() > 0 ? link : null;
    }

    private static string PathOf(string? href) => href!.Split('?', '#')[0];

    /// <summary>From the jobs section to its documents tab by the link, then the first PDF, read back as a PDF.</summary>
    private static async Task DownloadPdfAsync(IPage page)
    {
        await FollowAsync(page, page.Locator(".portal-drawer a.mud-nav-link[href='/jobs']"), "/jobs");
        await FollowAsync(page, page.Locator("main a[href='/jobs/documents']").First, "/jobs/documents");
        await page.WaitForListAsync();
        var pdf = page.Locator("main a[download][href$='/pdf']").First;
        var download = await page.RunAndWaitForDownloadAsync(() => pdf.ClickAsync());
        Assert.EndsWith(".pdf", download.SuggestedFilename);
        Assert.Equal("%PDF-", System.Text.Encoding.ASCII.GetString((await File.ReadAllBytesAsync((await download.PathAsync())!)).AsSpan(0, 5)));
    }

    /// <summary>The filings list's Excel export: a real workbook (a zip file), as every member of staff may export it.</summary>
    private static async Task DownloadExportAsync(IPage page)
    {
        await FollowAsync(page, page.Locator(".portal-drawer a.mud-nav-link[href='/filings']"), "/filings");
        await page.WaitForListAsync();
        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("main a[download][href*='.xlsx']").First.ClickAsync());
        Assert.EndsWith(".xlsx", download.SuggestedFilename);
        Assert.Equal("PK", System.Text.Encoding.ASCII.GetString((await File.ReadAllBytesAsync((await download.PathAsync())!)).AsSpan(0, 2)));
    }

    /// <summary>English by the header's link, on the same page with the drawer translated, then Chinese again.</summary>
    private async Task SwitchLanguageAsync(IPage page, string userName)
    {
        var chinese = (await page.Locator("main h1").First.InnerTextAsync()).Trim();
        await FollowAsync(page, page.Locator($"header a[lang={PortalText.English}]"), "/filings");
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", PortalText.English);
        Assert.NotEqual(chinese, (await page.Locator("main h1").First.InnerTextAsync()).Trim());
        Assert.Equal(PortalText.Of<ShellText>(portal, "NavFilings", PortalText.English),
            (await page.Locator(".portal-drawer a.mud-nav-link[href='/filings']").InnerTextAsync()).Trim());
        await ScreenshotAsync(page, $"{userName}-en-filings");
        await FollowAsync(page, page.Locator($"header a[lang={PortalText.Chinese}]"), "/filings");
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", PortalText.Chinese);
        Assert.Equal(chinese, (await page.Locator("main h1").First.InnerTextAsync()).Trim());
    }

    /// <summary>
    /// The weekly provincial reports, produced once for the whole walk, so every role's documents page holds a PDF
    /// (national users see every province's; the demo data has filings in Beijing and Guangdong).
    /// </summary>
    private async Task EnsureDocumentsAsync()
    {
        await DocumentsReady.WaitAsync();
        try
        {
            if (_documentsProduced) return;
            await using (var scope = portal.Services.CreateAsyncScope())
            {
                // Another browser test on this portal may have produced them already: the job costs a minute or more.
                var produced = await scope.ServiceProvider.GetRequiredService<RegulatorDbContext>().GeneratedDocuments.IgnoreQueryFilters()
                    .Where(d => d.Kind == DocumentKind.WeeklyProvincialReport).Select(d => d.ProvinceCode).Distinct().ToListAsync();
                _documentsProduced = DemoUsers.All.Where(u => Walkers.Contains(u.UserName) && u.ProvinceCode is not null)
                    .All(u => produced.Contains(u.ProvinceCode));
                if (_documentsProduced) return;
                await scope.ServiceProvider.GetRequiredService<JobControl>().RunNowAsync(RecurringJobs.WeeklyProvincialReport);
            }
            await JobRuns.WaitAsync(portal.Services, RecurringJobs.WeeklyProvincialReport.Name, r => r.Any(run => run.Outcome == JobRunOutcome.Succeeded), TimeSpan.FromMinutes(4));
            _documentsProduced = true;
        }
        finally
        {
            DocumentsReady.Release();
        }
    }

    private static async Task ScreenshotAsync(IPage page, string name)
    {
        await page.Locator("h1").First.WaitForAsync();
        Directory.CreateDirectory(PortalWalkTests.ScreenshotFolder);
        await page.ScreenshotAsync(new() { Path = Path.Combine(PortalWalkTests.ScreenshotFolder, $"{name}.png"), FullPage = true });
    }
}
