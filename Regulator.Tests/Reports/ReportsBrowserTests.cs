using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Regulator.Domain.Auditing;
using Regulator.Domain.Reports;
using Regulator.Tests.EndToEnd;
using Regulator.Tests.Infrastructure;
using Regulator.Web.Reports;
using static Regulator.Tests.Reports.ReportsArrange;

namespace Regulator.Tests.Reports;

/// <summary>
/// The report pages in a real Chromium against the portal on a socket: a row of the inbox opens its case, the
/// reporter's contact is revealed through a dialog asking for the reason (audited), assignment asks in a dialog and
/// reports in a snackbar, the import takes a file through the file chooser and lists every row by its number, the
/// national administrator adds a report category through its form, and a provincial user who types another province's
/// case or switches the province filter sees nothing of it.
/// Screenshots in Chinese and English are saved with the walks'.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ReportsBrowserTests(BrowserFixture browser, KestrelPortal portal)
{
    private const float StepTimeout = 60_000;

    [Fact]
    public async Task A_row_opens_its_case_the_contact_is_revealed_for_a_reason_and_the_case_is_assigned_after_a_confirmation()
    {
        _ = portal.Address;
        var marker = $"acc{Guid.NewGuid():N}"[..12];
        var (caseId, reportId) = await NewCaseAsync(portal, "11", accountId: marker);
        var page = await NewPageAsync("bj.admin");
        await page.GotoInteractiveAsync("/reports?status=Open");
        await page.WaitForListAsync();
        await ScreenshotAsync(page, "zh-reports-inbox");
        // The category reads on one line and no header breaks between characters (the column was squeezed to two).
        var row = page.Locator("tbody tr", new() { Has = page.Locator("[data-testid=case-link]", new() { HasText = $"#{caseId}" }) });
        Assert.Equal(1, await LinesAsync(row.Locator("[data-testid=case-category]")));
        foreach (var header in await page.Locator("[data-list=cases] thead th").AllAsync())
            Assert.True(await LinesAsync(header) <= 1, $"header \"{await header.InnerTextAsync()}\" wraps");

        var link = page.Locator("[data-testid=case-link]", new() { HasText = $"#{caseId}" });
        Assert.Equal($"/reports/cases/{caseId}", await link.GetAttributeAsync("href"));
        await link.ClickAsync();
        await page.WaitForPageAsync($"/reports/cases/{caseId}");
        await Assertions.Expect(page.Locator($"[data-testid=contact-{reportId}]")).ToHaveTextAsync("139****1111");

        await page.ClickAsync($"[data-testid=reveal-{reportId}]");
        await page.Field("[data-testid=confirm-reason]").FillAsync("回访举报人");
        await page.ClickAsync("[data-testid=confirm-ok]");
        await Assertions.Expect(page.Locator($"[data-testid=contact-{reportId}]")).ToHaveTextAsync(ReporterPhone);

        await page.ClickAsync("[data-testid=assign-user]");
        await page.Locator(".mud-popover-open .mud-list-item", new() { HasText = "北京市网信办检查员" }).First.ClickAsync();
        await page.ClickAsync("[data-testid=assign-submit]");
        await page.ClickAsync("[data-testid=confirm-ok]");
        await Assertions.Expect(page.Locator(".mud-snackbar")).ToContainTextAsync(PortalText.Of<ReportsText>(portal, "Saved"));
        await Assertions.Expect(page.Locator("[data-testid=case-assignee]")).ToHaveTextAsync("北京市网信办检查员");
        await ScreenshotAsync(page, "zh-reports-case");

        await using var db = portal.CreateDbContext();
        var reveal = await db.AuditEntries.SingleAsync(a => a.Action == AuditActions.ReporterContactRevealed && a.RecordId == reportId.ToString());
        Assert.Equal(("bj.admin", "回访举报人"), (reveal.UserName, reveal.Reason));
        // Opened once from the list inside the circuit: one view audited; the step after it is not a second view.
        Assert.Equal(1, await db.AuditEntries.CountAsync(a => a.Action == AuditActions.ReportCaseViewed && a.RecordId == caseId.ToString()));
        Assert.Equal(1, await db.AuditEntries.CountAsync(a => a.Action == AuditActions.ReportCaseChanged && a.RecordId == caseId.ToString()));
    }

    [Fact]
    public async Task A_provincial_user_who_types_another_provinces_case_or_switches_the_province_filter_sees_nothing_of_it()
    {
        _ = portal.Address;
        var marker = $"gd{Guid.NewGuid():N}"[..12];
        var (caseId, _) = await NewCaseAsync(portal, "44", accountId: marker);
        var page = await NewPageAsync("bj.inspector");

        var response = await page.GotoAsync($"/reports/cases/{caseId}");
        Assert.Equal(404, response!.Status);
        Assert.DoesNotContain(marker, await page.ContentAsync());
        await page.GotoInteractiveAsync("/reports");
        await page.WaitForListAsync();
        // Inside the circuit, as a typed link in the app would go: no HTTP request, the same nothing.
        await page.EvaluateAsync("url => Blazor.navigateTo(url)", $"/reports/cases/{caseId}");
        await page.WaitForPageAsync($"/reports/cases/{caseId}");
        await Assertions.Expect(page.Locator("main h1")).ToHaveTextAsync("404");
        Assert.DoesNotContain(marker, await page.ContentAsync());

        // The inbox offers a provincial user no province filter; putting one in the address narrows to nothing.
        await page.EvaluateAsync("url => Blazor.navigateTo(url)", "/reports");
        await page.WaitForListAsync();
        await page.ClickAsync("[data-testid=list-filters-toggle]");
        await page.Locator("[data-filter=status]").WaitForAsync();
        Assert.Equal(0, await page.Locator("[data-filter=province]").CountAsync());
        await page.EvaluateAsync("url => Blazor.navigateTo(url)", "/reports?province=44");
        await page.WaitForURLAsync(url => url.Contains("province=44"));
        await page.WaitForListAsync();
        await Assertions.Expect(page.Locator("[data-testid=case-link]")).ToHaveCountAsync(0);
        Assert.DoesNotContain(marker, await page.ContentAsync());
        await using var db = portal.CreateDbContext();
        Assert.False(await db.AuditEntries.AnyAsync(a => a.Action == AuditActions.ReportCaseViewed && a.RecordId == caseId.ToString()));
    }

    [Fact]
    public async Task The_national_administrator_imports_a_file_and_reads_every_row_by_its_number_in_english()
    {
        _ = portal.Address;
        var prefix = $"I{Guid.NewGuid():N}"[..10];
        var platform = await PlatformInAsync(portal, "11");
        var csv = Encoding.UTF8.GetBytes(
            "id,receivedAt,platformName,accountName,accountId,category,description\r\n" +
            $"{prefix}-1,2026-11-30T10:00:00+08:00,{platform.Name},主播,acc-1,harmful-sexual,直播内容低俗\r\n" +
            $"{prefix}-2,2026-11-30T10:00:00+08:00,{platform.Name},=HYPERLINK(\"x\"),acc-2,harmful-sexual,直播内容低俗\r\n");
        var page = await NewPageAsync("national.admin", PortalText.English);
        await page.GotoInteractiveAsync("/reports");
        await page.WaitForListAsync();
        await ScreenshotAsync(page, "en-reports-inbox");
        await page.ClickAsync("[data-testid=import-link]");
        await page.WaitForPageAsync("/reports/import");

        await page.Locator("input[type=file]").SetInputFilesAsync(new FilePayload { Name = "backlog.csv", MimeType = "text/csv", Buffer = csv });
        await page.ClickAsync("[data-testid=import-submit]");

        var rows = page.Locator("[data-testid=import-rows] tbody tr");
        await Assertions.Expect(rows).ToHaveCountAsync(2);
        // Rows are numbered as Excel shows them: the header is row 1.
        await Assertions.Expect(rows.Nth(0).Locator("td").First).ToHaveTextAsync("2");
        await Assertions.Expect(rows.Nth(1).Locator("td").First).ToHaveTextAsync("3");
        await Assertions.Expect(rows.Nth(1)).ToContainTextAsync("formula");
        await ScreenshotAsync(page, "en-reports-import");
        await using var db = portal.CreateDbContext();
        Assert.Equal([prefix + "-1"], await db.Reports.Where(r => r.ExternalId.StartsWith(prefix)).Select(r => r.ExternalId).ToListAsync());
    }

    [Fact]
    public async Task The_national_administrator_adds_a_category_through_the_form_and_a_taken_code_is_told_under_its_field()
    {
        _ = portal.Address;
        var code = $"test-{Guid.NewGuid():N}"[..20];
        var page = await NewPageAsync("national.admin");
        await page.GotoInteractiveAsync("/reports/categories");
        var total = page.Locator("[data-testid=categories-total]");
        var before = await page.Locator("[data-testid=categories] tbody tr").CountAsync();
        await Assertions.Expect(total).ToHaveTextAsync($"共 {before} 条");

        await page.Field("[data-testid=category-code]").FillAsync(code);
        await page.Field("[data-testid=category-name-zh]").FillAsync("诱导未成年人打榜");
        await page.Field("[data-testid=category-name-en]").FillAsync("Luring minors into ranking contests");
        await page.Field("[data-testid=category-deadline]").FillAsync("5");
        await page.ClickAsync("[data-testid=category-priority]");
        await page.Locator(".mud-popover-open .mud-list-item", new() { HasText = "紧急" }).First.ClickAsync();
        await ScreenshotAsync(page, "zh-reports-categories-form");
        await page.ClickAsync("[data-testid=category-add]");

        await Assertions.Expect(page.Locator(".mud-snackbar")).ToContainTextAsync(string.Format(PortalText.Of<ReportsText>(portal, "CategoryAdded"), code));
        var row = page.Locator($"[data-testid=categories] tr[data-category={code}]");
        await Assertions.Expect(row).ToContainTextAsync("诱导未成年人打榜");
        await Assertions.Expect(row.Locator(".status-chip")).ToHaveTextAsync("紧急");
        await Assertions.Expect(total).ToHaveTextAsync($"共 {before + 1} 条");
        // The form is empty again for the next category.
        await Assertions.Expect(page.Field("[data-testid=category-code]")).ToHaveValueAsync("");
        await using (var db = portal.CreateDbContext())
        {
            var stored = await db.ReportCategories.SingleAsync(c => c.Code == code);
            Assert.Equal((CasePriority.Urgent, 5, true), (stored.BasePriority, stored.DeadlineWorkingDays, stored.IsActive));
            Assert.Equal("national.admin", (await db.AuditEntries.SingleAsync(a => a.Action == AuditActions.ReportCategoryAdded && a.RecordId == code)).UserName);
        }

        // The same code again: the reason stands under the code, in Chinese only, and nothing more is stored.
        await page.Field("[data-testid=category-code]").FillAsync(code);
        await page.Field("[data-testid=category-name-zh]").FillAsync("重复");
        await page.Field("[data-testid=category-name-en]").FillAsync("Duplicate");
        await page.ClickAsync("[data-testid=category-add]");
        var problem = page.Locator("[data-testid=category-form] .mud-input-helper-text.mud-input-error");
        await Assertions.Expect(problem.First).ToHaveTextAsync("该代码已被其他类别使用");
        await ScreenshotAsync(page, "zh-reports-categories-taken");
        await Assertions.Expect(total).ToHaveTextAsync($"共 {before + 1} 条");
        await using (var db = portal.CreateDbContext())
            Assert.Equal(1, await db.ReportCategories.CountAsync(c => c.Code == code));
    }

    /// <summary>How many lines the element's text takes on screen (its text's line boxes, icons aside).</summary>
    private static Task<int> LinesAsync(ILocator element) => element.EvaluateAsync<int>("""
        e => {
            const tops = [];
            const walker = document.createTreeWalker(e, NodeFilter.SHOW_TEXT);
            for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                if (!node.textContent.trim()) continue;
                const range = document.createRange();
                range.selectNodeContents(node);
                for (const r of range.getClientRects()) if (r.width > 0) tops.push(r.top);
            }
            // Rectangles more than a few pixels apart vertically are on different lines.
            tops.sort((a, b) => a - b);
            return tops.filter((top, i) => i === 0 || top - tops[i - 1] > 4).length;
        }
        """);

    private static async Task ScreenshotAsync(IPage page, string name)
    {
        await page.Locator("h1").First.WaitForAsync();
        Directory.CreateDirectory(PortalWalkTests.ScreenshotFolder);
        await page.ScreenshotAsync(new() { Path = Path.Combine(PortalWalkTests.ScreenshotFolder, $"{name}.png"), FullPage = true });
    }

    private async Task<IPage> NewPageAsync(string userName, string locale = PortalText.Chinese)
    {
        var context = await browser.Browser.NewContextAsync(new() { BaseURL = portal.Address.ToString(), Locale = locale, AcceptDownloads = true });
        context.SetDefaultTimeout(StepTimeout);
        Assertions.SetDefaultExpectTimeout(StepTimeout);
        var page = await context.NewPageAsync();
        await page.SignInAsync(userName);
        return page;
    }
}
