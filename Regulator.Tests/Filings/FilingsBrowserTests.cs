using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using MiniExcelLibs;
using Regulator.Domain.Auditing;
using Regulator.Domain.Filings;
using Regulator.Tests.Infrastructure;
using static Regulator.Tests.Filings.FilingTestData;
using static Regulator.Tests.Filings.FilingsApiClient;


namespace Regulator.Tests.Filings;

/// <summary>
/// The filing pages in a real Chromium against the portal on a socket: a row opens its record, actions ask in a
/// dialog and report in a snackbar, the reveal is audited, the upload and the export work, and another province's
/// record typed into the address shows nothing of it.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class FilingsBrowserTests(BrowserFixture browser, KestrelPortal portal)
{
    private const float StepTimeout = 60_000;

    [Fact]
    public async Task A_row_opens_its_filing_and_an_administrator_reveals_the_number_for_a_stated_reason_once_audited()
    {
        var api = await ApiAsync("11");
        var identity = ResidentIdAged(41);
        await api.PostAsync(AdultJson("reveal-me", identity, name: "揭示甲"));
        var filingId = await FilingIdAsync(api, "reveal-me");
        var page = await NewPageAsync("bj.admin");
        await page.GotoInteractiveAsync($"/filings?platform={api.Platform.Id}");
        await page.WaitForListAsync();

        await page.Locator("[data-testid=filing-link]", new() { HasText = "揭示甲" }).ClickAsync();
        await page.WaitForPageAsync($"/filings/{filingId}");
        await page.ClickAsync("[data-testid=reveal-publisher]");
        // The dialog refuses an empty reason before anything reaches the server.
        await page.ClickAsync("[data-testid=confirm-ok]");
        await Assertions.Expect(page.Locator("[data-testid=confirm-dialog]")).ToContainTextAsync("请填写理由");
        await page.Field("[data-testid=confirm-reason]").FillAsync("核查举报线索");
        await page.ClickAsync("[data-testid=confirm-ok]");

        await Assertions.Expect(page.Locator("[data-testid=revealed-number]")).ToHaveTextAsync(identity);
        await using var db = portal.CreateDbContext();
        var entry = await db.AuditEntries.SingleAsync(a => a.Action == AuditActions.IdentityRevealed && a.RecordId == filingId.ToString());
        Assert.Equal(("bj.admin", "核查举报线索"), (entry.UserName, entry.Reason));
        // Opened once from the list inside the circuit: one view audited.
        Assert.Equal(1, await db.AuditEntries.CountAsync(a => a.Action == AuditActions.FilingViewed && a.RecordId == filingId.ToString()));
    }

    /// <summary>
    /// The sortable "filed" header flips the order each time it is clicked, and says which order is on: its link and
    /// arrow follow the address, not the order the list first opened with (the circuits benchmark hung on a second click
    /// that linked to the order already shown).
    /// </summary>
    [Fact]
    public async Task The_filed_header_flips_the_order_on_every_click()
    {
        var api = await ApiAsync("11");
        await api.PostAsync(AdultJson("sort-older", ResidentIdAged(33), name: "排序甲"));
        await api.PostAsync(AdultJson("sort-newer", ResidentIdAged(34), name: "排序乙"));
        var page = await NewPageAsync("bj.admin");
        await page.GotoInteractiveAsync($"/filings?platform={api.Platform.Id}");
        await page.WaitForListAsync();
        var header = page.Locator("[data-list=filings] a.list-sort[data-sort=created]");
        var first = page.Locator("[data-testid=filing-link]").First;
        await Assertions.Expect(header).ToHaveAttributeAsync("aria-sort", "descending");
        await Assertions.Expect(first).ToContainTextAsync("排序乙");

        foreach (var (order, name, sort) in new[] { ("ascending", "排序甲", "created"), ("descending", "排序乙", "-created"), ("ascending", "排序甲", "created") })
        {
            await header.ClickAsync();
            await Assertions.Expect(header).ToHaveAttributeAsync("aria-sort", order);
            await Assertions.Expect(first).ToContainTextAsync(name);
            Assert.Equal(sort, System.Web.HttpUtility.ParseQueryString(new Uri(page.Url).Query)["sort"]);
        }
    }

    /// <summary>
    /// The circuit starts with the page the prerender read (carried in the page as persistent component state) instead
    /// of reading its rows and total again, and a sort reads the rows in the other order but keeps the total: only
    /// another filter asks for the total again. The total of these filters comes from the kept counts (FilingCounts),
    /// never from counting the filings: a count of a province's 250,000 filings cost more than everything else in a
    /// render (circuits benchmark).
    /// </summary>
    [Fact]
    public async Task The_circuit_shows_the_prerendered_rows_without_reading_them_again_and_a_sort_keeps_the_total()
    {
        var api = await ApiAsync("11");
        await api.PostAsync(AdultJson("read-once-older", ResidentIdAged(35), name: "一读甲"));
        await api.PostAsync(AdultJson("read-once-newer", ResidentIdAged(36), name: "一读乙"));
        var page = await NewPageAsync("bj.admin");
        using var rows = new SqlCommandCounter("Filings", api.Platform.Id);
        using var totals = new SqlCommandCounter("FilingCounts", api.Platform.Id);

        await page.GotoInteractiveAsync($"/filings?platform={api.Platform.Id}");
        await page.WaitForListAsync();
        var first = page.Locator("[data-testid=filing-link]").First;
        await Assertions.Expect(first).ToContainTextAsync("一读乙");
        // The prerender's two reads (the page, and its total from the kept counts), none from the circuit.
        Assert.Equal((1, 0, 1), (rows.Commands.Count, rows.Counts, totals.Commands.Count));

        await page.ClickAsync("[data-list=filings] a.list-sort[data-sort=created]");
        await Assertions.Expect(first).ToContainTextAsync("一读甲");
        await Assertions.Expect(page.Locator("[data-testid=list-total]")).ToContainTextAsync("2");
        // The page again, not its total.
        Assert.Equal((2, 0, 1), (rows.Commands.Count, rows.Counts, totals.Commands.Count));

        // Another filter, inside the same circuit: its total is asked for again.
        await page.EvaluateAsync("url => Blazor.navigateTo(url)", $"/filings?platform={api.Platform.Id}&status={FilingStatus.ReturnedForCorrection}");
        await Assertions.Expect(page.Locator("[data-testid=list-total]")).ToContainTextAsync("0");
        Assert.Equal((3, 0, 2), (rows.Commands.Count, rows.Counts, totals.Commands.Count));
    }

    [Fact]
    public async Task A_provincial_administrator_returns_a_filing_with_a_reason_the_platform_then_reads()
    {
        var api = await ApiAsync("11");
        await api.PostAsync(AdultJson("review-me", ResidentIdAged(29)));
        var filingId = await FilingIdAsync(api, "review-me");
        var page = await NewPageAsync("bj.admin");
        await page.GotoInteractiveAsync($"/filings/{filingId}");

        await page.ClickAsync("[data-testid=review-return]");
        await page.Field("[data-testid=confirm-reason]").FillAsync("显示名称与实名不符");
        await page.ClickAsync("[data-testid=confirm-ok]");

        await Assertions.Expect(page.Locator(".mud-snackbar")).ToContainTextAsync(PortalText.Of<Regulator.Web.Filings.FilingsText>(portal, "Returned"));
        await Assertions.Expect(page.Locator("[data-testid=filing-status]")).ToContainTextAsync(PortalText.Of<Regulator.Web.Filings.FilingsText>(portal, "StatusReturnedForCorrection"));
        var status = await JsonAsync(await api.Http.GetAsync("/api/v1/filings/review-me"));
        Assert.Equal(("returnedForCorrection", "显示名称与实名不符"), (status.GetProperty("status").GetString(), status.GetProperty("reason").GetString()));
        Assert.Equal("regulator", status.GetProperty("history")[1].GetProperty("by").GetString());
        // Opened by address: the prerendered page and its circuit are one view.
        await using var db = portal.CreateDbContext();
        Assert.Equal(1, await db.AuditEntries.CountAsync(a => a.Action == AuditActions.FilingViewed && a.RecordId == filingId.ToString()));
    }

    [Fact]
    public async Task A_clean_submission_is_accepted_in_bulk_leaving_the_filings_the_rules_returned()
    {
        var api = await ApiAsync("11");
        await api.PostAsync(AdultJson("b1", ResidentIdAged(30)), AdultJson("b2", ResidentIdAged(31)), AdultJson("news", ResidentIdAged(32), kinds: ["newsInformation"]));
        long submissionId;
        await using (var db = portal.CreateDbContext())
            submissionId = await db.FilingSubmissions.Where(s => s.PlatformId == api.Platform.Id).Select(s => s.Id).SingleAsync();
        var page = await NewPageAsync("bj.admin");
        await page.GotoInteractiveAsync("/filings/submissions");
        await page.WaitForListAsync();

        await page.ClickAsync($"[data-testid=accept-clean-{submissionId}]");
        await page.ClickAsync("[data-testid=confirm-ok]");

        await Assertions.Expect(page.Locator(".mud-snackbar")).ToContainTextAsync("2");
        await Assertions.Expect(page.Locator($"[data-testid=accept-clean-{submissionId}]")).ToHaveCountAsync(0);
        await using var check = portal.CreateDbContext();
        var statuses = await check.Filings.Where(f => f.PlatformId == api.Platform.Id).ToDictionaryAsync(f => f.PlatformPublisherId, f => f.Status);
        Assert.Equal(FilingStatus.Accepted, statuses["b1"]);
        Assert.Equal(FilingStatus.Accepted, statuses["b2"]);
        Assert.Equal(FilingStatus.ReturnedForCorrection, statuses["news"]);
    }

    [Fact]
    public async Task An_upload_through_the_page_lists_each_row_with_its_problems()
    {
        var api = await ApiAsync("11");
        var bad = ResidentIdAged(30);
        bad = bad[..17] + (bad[17] == '1' ? '2' : '1');
        var csv = System.Text.Encoding.UTF8.GetBytes($"平台主播编号,主播类型,真实姓名,证件号码,显示名称,内容类别\r\nok,个人,张三,{ResidentIdAged(30)},小张,演艺\r\nbad,个人,李四,{bad},小李,演艺\r\n");
        var page = await NewPageAsync("bj.admin");
        await page.GotoInteractiveAsync("/filings/upload");

        await page.Field("[data-testid=platform-picker]").FillAsync(api.Platform.Name);
        await page.Locator(".mud-popover-open .mud-list-item", new() { HasText = api.Platform.Name }).First.ClickAsync();
        await page.Locator("input[type=file]").SetInputFilesAsync(new FilePayload { Name = "filings.csv", MimeType = "text/csv", Buffer = csv });
        await page.ClickAsync("[data-testid=upload-submit]");

        var rows = page.Locator("[data-testid=upload-rows] tbody tr");
        await Assertions.Expect(rows).ToHaveCountAsync(2);
        await Assertions.Expect(rows.Nth(1)).ToContainTextAsync("校验位");
        await Assertions.Expect(page.Locator("[data-testid=corrections-link]")).ToBeVisibleAsync();
        Assert.DoesNotContain(bad, await page.ContentAsync());
    }

    [Fact]
    public async Task The_identity_search_keeps_the_number_out_of_the_address_and_date_filters_read_as_yyyy_MM_dd()
    {
        var api = await ApiAsync("11");
        var identity = ResidentIdAged(33);
        await api.PostAsync(AdultJson("needle", identity, name: "针一"), AdultJson("hay", ResidentIdAged(34), name: "草二"));
        var today = Regulator.Domain.Common.ChinaTime.Today(TimeProvider.System).ToString("yyyy-MM-dd");
        var page = await NewPageAsync("bj.admin");
        await page.GotoInteractiveAsync($"/filings?platform={api.Platform.Id}&from={today}");
        await page.WaitForListAsync();
        await Assertions.Expect(page.Locator("[data-active-filter=from]")).ToContainTextAsync(today);
        await page.ClickAsync("[data-testid=list-filters-toggle]");
        await Assertions.Expect(page.Field("[data-filter=from]")).ToHaveValueAsync(today);

        await page.Field("[data-testid=identity-number]").FillAsync(identity);
        await page.ClickAsync("[data-testid=identity-find]");

        await page.WaitForURLAsync(url => url.Contains("identity="));
        Assert.DoesNotContain(identity[6..14], page.Url);
        await Assertions.Expect(page.Locator("[data-list=filings] tbody tr")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("[data-list=filings] tbody tr")).ToContainTextAsync("针一");
    }

    [Fact]
    public async Task The_export_writes_the_filtered_list_with_masked_numbers_only()
    {
        var api = await ApiAsync("11");
        var identity = ResidentIdAged(35);
        await api.PostAsync(AdultJson("export-me", identity, name: "导出丙"));
        var page = await NewPageAsync("bj.admin");
        await page.GotoInteractiveAsync($"/filings?platform={api.Platform.Id}");
        await page.WaitForListAsync();

        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("[data-testid=export-xlsx]"));

        Assert.EndsWith(".xlsx", download.SuggestedFilename);
        var rows = (await MiniExcel.QueryAsync(await download.PathAsync(), useHeaderRow: true, excelType: ExcelType.XLSX)).Cast<IDictionary<string, object>>().ToList();
        var row = Assert.Single(rows);
        Assert.Equal("导出丙", row[PortalText.Of<Regulator.Web.Filings.FilingsText>(portal, "RealName")]);
        Assert.DoesNotContain(rows.SelectMany(r => r.Values), v => v?.ToString()?.Contains(identity) == true);
    }

    [Fact]
    public async Task A_provincial_user_who_types_another_provinces_filing_sees_not_found()
    {
        var guangdong = await ApiAsync("44");
        await guangdong.PostAsync(AdultJson("gd-hidden", ResidentIdAged(36), name: "粤隐丁"));
        var filingId = await FilingIdAsync(guangdong, "gd-hidden");
        var page = await NewPageAsync("bj.admin");

        var response = await page.GotoAsync($"/filings/{filingId}");
        Assert.Equal(404, response!.Status);
        await page.GotoInteractiveAsync("/filings");
        // Inside the circuit, as a typed link in the app would go: no HTTP request, the same nothing.
        await page.EvaluateAsync("url => Blazor.navigateTo(url)", $"/filings/{filingId}");
        await page.WaitForPageAsync($"/filings/{filingId}");
        // The portal's not-found page, the same as for an id nobody has.
        await Assertions.Expect(page.Locator("main h1")).ToHaveTextAsync("404");
        Assert.DoesNotContain("粤隐丁", await page.ContentAsync());
        await using var db = portal.CreateDbContext();
        Assert.False(await db.AuditEntries.AnyAsync(a => a.Action == AuditActions.FilingViewed && a.RecordId == filingId.ToString()));
    }

    /// <summary>A platform of the province with an API client that reaches the portal on its socket.</summary>
    private async Task<FilingsApiClient> ApiAsync(string province)
    {
        var address = portal.Address;
        var api = await ForNewPlatformAsync(portal, province);
        api.Http.BaseAddress = address;
        return api;
    }

    private async Task<long> FilingIdAsync(FilingsApiClient api, string publisherId)
    {
        await using var db = portal.CreateDbContext();
        return await db.Filings.Where(f => f.PlatformId == api.Platform.Id && f.PlatformPublisherId == publisherId).Select(f => f.Id).SingleAsync();
    }

    private async Task<IPage> NewPageAsync(string userName)
    {
        var context = await browser.Browser.NewContextAsync(new() { BaseURL = portal.Address.ToString(), Locale = PortalText.Chinese, AcceptDownloads = true });
        context.SetDefaultTimeout(StepTimeout);
        Assertions.SetDefaultExpectTimeout(StepTimeout);
        var page = await context.NewPageAsync();
        await page.SignInAsync(userName);
        return page;
    }
}
