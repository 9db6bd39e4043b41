using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Regulator.Domain.Jobs;
using Regulator.Tests.EndToEnd;
using Regulator.Tests.Infrastructure;
using Regulator.Tests.Jobs;
using Regulator.Web.Jobs.Scheduling;

namespace Regulator.Tests.Documents;

/// <summary>
/// A document's link on the interactive documents page downloads the PDF in a real Chromium (it used to empty the
/// table): the file is a real PDF with the report's text, read back with pdftotext, and the list stays on screen.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class DocumentDownloadInBrowserTests(BrowserFixture browser, KestrelPortal portal)
{
    [Fact]
    public async Task A_provincial_user_downloads_a_report_from_the_documents_page_and_the_list_stays()
    {
        await using (var scope = portal.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<JobControl>().RunNowAsync(RecurringJobs.WeeklyProvincialReport);
        await JobRuns.WaitAsync(portal.Services, RecurringJobs.WeeklyProvincialReport.Name, r => r.Any(run => run.Outcome == JobRunOutcome.Succeeded), TimeSpan.FromMinutes(4));

        await using var context = await browser.Browser.NewContextAsync(new() { BaseURL = portal.Address.ToString(), Locale = PortalText.Chinese, AcceptDownloads = true });
        context.SetDefaultTimeout(60_000);
        var page = await context.NewPageAsync();
        await page.SignInAsync("bj.admin");
        await page.GotoInteractiveAsync("/jobs/documents?kind=WeeklyProvincialReport");
        await page.WaitForListAsync();
        var link = page.Locator("[data-testid=document-pdf]").First;
        var title = (await link.InnerTextAsync()).Trim();
        Assert.StartsWith("北京市", title);
        var rows = await page.Locator("[data-list=documents] tbody tr").CountAsync();

        var download = await page.RunAndWaitForDownloadAsync(() => link.ClickAsync());
        var path = Path.Combine(DocumentPrinting.OutputDirectory, "browser-" + download.SuggestedFilename);
        Directory.CreateDirectory(DocumentPrinting.OutputDirectory);
        await download.SaveAsAsync(path);

        Assert.EndsWith(".pdf", download.SuggestedFilename);
        Assert.Equal("%PDF-", System.Text.Encoding.ASCII.GetString(File.ReadAllBytes(path).AsSpan(0, 5)));
        var text = DocumentPrinting.Text(path);
        Assert.Contains("北京市", text);
        Assert.Matches(@"第\s*1\s*页\s*/\s*共\s*\d+\s*页", text);
        // Still the documents page, with its rows.
        Assert.Equal("/jobs/documents", new Uri(page.Url).AbsolutePath);
        Assert.Equal(rows, await page.Locator("[data-list=documents] tbody tr").CountAsync());
        Assert.Equal(title, (await page.Locator("[data-testid=document-pdf]").First.InnerTextAsync()).Trim());
    }
}
