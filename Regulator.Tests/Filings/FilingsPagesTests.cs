using System.Net;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using Regulator.Domain.Auditing;
using Regulator.Domain.Filings;
using Regulator.Tests.Infrastructure;
using static Regulator.Tests.Filings.FilingTestData;
using static Regulator.Tests.Filings.FilingsApiClient;

namespace Regulator.Tests.Filings;

/// <summary>The filing pages through the real pipeline, signed in through the form: scoping, masking, reveal, review, upload, bulk acceptance.</summary>
public sealed class FilingsPagesTests(ProviderPortals portals) : IClassFixture<ProviderPortals>
{
    [Theory, BothProviders]
    public async Task A_provincial_user_gets_404_for_another_provinces_filing_and_nothing_is_audited(DatabaseProvider provider)
    {
        var portal = portals[provider];
        var guangdong = await ForNewPlatformAsync(portal, "44");
        await guangdong.PostAsync(AdultJson("gd-1", ResidentIdAged(30)));
        var filingId = await FilingIdAsync(portal, guangdong, "gd-1");
        var beijing = await portal.SignInAsync("bj.admin");

        var response = await beijing.GetAsync($"/filings/{filingId}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await (await portal.SignInAsync("gd.admin")).GetAsync($"/filings/{filingId}")).StatusCode);
        await using var db = portal.CreateDbContext();
        var views = await db.AuditEntries.Where(a => a.Action == AuditActions.FilingViewed && a.RecordId == filingId.ToString()).Select(a => a.UserName).ToListAsync();
        Assert.Equal(["gd.admin"], views);
    }

    [Fact]
    public async Task The_list_shows_masked_numbers_and_finds_a_full_number_without_putting_it_in_the_url()
    {
        var portal = portals[DatabaseProvider.Sqlite];
        var api = await ForNewPlatformAsync(portal, "11");
        var identity = ResidentIdAged(33);
        await api.PostAsync(AdultJson("needle", identity, name: "针一"), AdultJson("hay", ResidentIdAged(34), name: "草二"));
        var client = await portal.SignInAsync("bj.admin");

        var list = await HtmlPage.GetAsync(client, $"/filings?platform={api.Platform.Id}");
        Assert.Equal(2, list.QuerySelectorAll("#filings tbody tr").Length);
        Assert.DoesNotContain(identity, list.Body!.InnerHtml);
        Assert.Contains(identity[..6] + "********" + identity[14..], list.Body.TextContent);

        var search = await HtmlForm.Named(list, "identity-search").SubmitAsync(client, new Dictionary<string, string> { ["IdentityNumber"] = identity });
        var target = search.RedirectTarget()!;
        Assert.StartsWith("/filings?identity=", target);
        Assert.DoesNotContain(identity[6..14], target);
        var found = await HtmlPage.GetAsync(client, target);
        var row = Assert.Single(found.QuerySelectorAll("#filings tbody tr"));
        Assert.Contains("针一", row.TextContent);
    }

    [Fact]
    public async Task An_administrator_reveals_with_a_reason_and_the_reveal_is_audited_while_an_inspector_is_offered_none()
    {
        var portal = portals[DatabaseProvider.Sqlite];
        var api = await ForNewPlatformAsync(portal, "11");
        var identity = ResidentIdAged(41);
        await api.PostAsync(AdultJson("reveal-me", identity));
        var filingId = await FilingIdAsync(portal, api, "reveal-me");

        var inspector = await portal.SignInAsync("bj.inspector");
        var asInspector = await HtmlPage.GetAsync(inspector, $"/filings/{filingId}");
        Assert.Empty(asInspector.QuerySelectorAll("input[name=_handler][value=reveal]"));
        Assert.DoesNotContain(identity, asInspector.Body!.InnerHtml);

        var admin = await portal.SignInAsync("bj.admin");
        var page = await HtmlPage.GetAsync(admin, $"/filings/{filingId}");
        var withoutReason = await PostAsync(admin, page, "reveal", new() { ["RevealField"] = "Publisher", ["RevealReason"] = " " });
        Assert.Null((await HtmlPage.ParseAsync(withoutReason)).QuerySelector("[data-testid=revealed-number]"));

        var revealed = await HtmlPage.ParseAsync(await PostAsync(admin, page, "reveal", new() { ["RevealField"] = "Publisher", ["RevealReason"] = "核查举报线索" }));
        Assert.Equal(identity, revealed.QuerySelector("[data-testid=revealed-number]")!.TextContent);
        await using var db = portal.CreateDbContext();
        var entry = await db.AuditEntries.SingleAsync(a => a.Action == AuditActions.IdentityRevealed && a.RecordId == filingId.ToString());
        Assert.Equal(("bj.admin", "核查举报线索"), (entry.UserName, entry.Reason));
    }

    [Fact]
    public async Task A_provincial_administrator_returns_a_filing_with_a_reason_the_platform_then_reads()
    {
        var portal = portals[DatabaseProvider.Sqlite];
        var api = await ForNewPlatformAsync(portal, "11");
        await api.PostAsync(AdultJson("review-me", ResidentIdAged(29)));
        var filingId = await FilingIdAsync(portal, api, "review-me");
        var admin = await portal.SignInAsync("bj.admin");
        var page = await HtmlPage.GetAsync(admin, $"/filings/{filingId}");

        var refused = await HtmlPage.ParseAsync(await PostAsync(admin, page, "review", new() { ["Decision"] = "ReturnForCorrection", ["ReviewReason"] = "" }));
        Assert.Contains("理由", refused.QuerySelector(".alert-danger")!.TextContent);

        var done = await PostAsync(admin, page, "review", new() { ["Decision"] = "ReturnForCorrection", ["ReviewReason"] = "显示名称与实名不符" });
        Assert.Equal($"/filings/{filingId}", done.RedirectTarget());
        var status = await JsonAsync(await api.Http.GetAsync("/api/v1/filings/review-me"));
        Assert.Equal(("returnedForCorrection", "显示名称与实名不符"), (status.GetProperty("status").GetString(), status.GetProperty("reason").GetString()));
        Assert.Equal("regulator", status.GetProperty("history")[1].GetProperty("by").GetString());

        var inspector = await portal.SignInAsync("bj.inspector");
        Assert.Empty((await HtmlPage.GetAsync(inspector, $"/filings/{filingId}")).QuerySelectorAll("input[name=_handler][value=review]"));
    }

    [Fact]
    public async Task An_upload_shows_each_row_and_offers_a_corrections_file_only_to_its_province()
    {
        var portal = portals[DatabaseProvider.Sqlite];
        var api = await ForNewPlatformAsync(portal, "11");
        var bad = ResidentIdAged(30);
        bad = bad[..17] + (bad[17] == '1' ? '2' : '1');
        var csv = System.Text.Encoding.UTF8.GetBytes($"平台主播编号,主播类型,真实姓名,证件号码,显示名称,内容类别\r\nok,个人,张三,{ResidentIdAged(30)},小张,演艺\r\nbad,个人,李四,{bad},小李,演艺\r\n");
        var admin = await portal.SignInAsync("bj.admin");

        var result = await UploadAsync(admin, api, csv);

        var rows = result.QuerySelectorAll("[data-testid=upload-rows] tbody tr");
        Assert.Equal(2, rows.Length);
        Assert.Contains("校验位", rows[1].TextContent);
        var link = result.QuerySelector("[data-testid=corrections-link]")!.GetAttribute("href")!;
        var corrections = await admin.GetStringAsync(link);
        Assert.Contains("bad", corrections);
        Assert.DoesNotContain(bad, corrections);
        Assert.Equal(HttpStatusCode.NotFound, (await (await portal.SignInAsync("gd.admin")).GetAsync(link)).StatusCode);
    }

    [Fact]
    public async Task A_clean_submission_is_accepted_in_bulk_leaving_the_filings_the_rules_returned()
    {
        var portal = portals[DatabaseProvider.Sqlite];
        var api = await ForNewPlatformAsync(portal, "11");
        await api.PostAsync(AdultJson("b1", ResidentIdAged(30)), AdultJson("b2", ResidentIdAged(31)), AdultJson("news", ResidentIdAged(32), kinds: ["newsInformation"]));
        long submissionId;
        await using (var db = portal.CreateDbContext())
            submissionId = await db.FilingSubmissions.Where(s => s.PlatformId == api.Platform.Id).Select(s => s.Id).SingleAsync();
        var admin = await portal.SignInAsync("bj.admin");
        var page = await HtmlPage.GetAsync(admin, "/filings/submissions");

        var response = await PostAsync(admin, page, $"accept-clean-{submissionId}", new());

        Assert.Equal("/filings/submissions", response.RedirectTarget());
        await using var check = portal.CreateDbContext();
        var statuses = await check.Filings.Where(f => f.PlatformId == api.Platform.Id).ToDictionaryAsync(f => f.PlatformPublisherId, f => f.Status);
        Assert.Equal(FilingStatus.Accepted, statuses["b1"]);
        Assert.Equal(FilingStatus.Accepted, statuses["b2"]);
        Assert.Equal(FilingStatus.ReturnedForCorrection, statuses["news"]);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite, new byte[] { 0x61, 0x80, 0xFF, 0x2C, 0x0A }, "UTF-8")]
    [InlineData(DatabaseProvider.Postgres, new byte[] { 0x61, 0x80, 0xFF, 0x2C, 0x0A }, "UTF-8")]
    [InlineData(DatabaseProvider.Sqlite, new byte[] { 0xE5, 0xA7, 0x93, 0xE5, 0x90, 0x8D, 0x0A, 0x78, 0x0A }, "证件号码")] // header "姓名" only
    public async Task An_upload_with_a_broken_encoding_or_missing_columns_says_so_and_stores_nothing(DatabaseProvider provider, byte[] file, string expected)
    {
        var portal = portals[provider];
        var api = await ForNewPlatformAsync(portal, "11");
        var admin = await portal.SignInAsync("bj.admin");

        var result = await UploadAsync(admin, api, file);

        Assert.Contains(expected, result.QuerySelector("[data-testid=upload-error]")!.TextContent);
        await using var db = portal.CreateDbContext();
        Assert.False(await db.Filings.AnyAsync(f => f.PlatformId == api.Platform.Id));
        Assert.False(await db.FilingSubmissions.AnyAsync(s => s.PlatformId == api.Platform.Id));
    }

    private static Task<IDocument> UploadAsync(HttpClient client, FilingsApiClient api, byte[] csv) => FilingUploadPage.UploadAsync(client, api.Platform.Id, csv);

    private static async Task<long> FilingIdAsync(PortalFactory portal, FilingsApiClient api, string publisherId)
    {
        await using var db = portal.CreateDbContext();
        return await db.Filings.Where(f => f.PlatformId == api.Platform.Id && f.PlatformPublisherId == publisherId).Select(f => f.Id).SingleAsync();
    }

    /// <summary>Posts a form of the page with its hidden fields plus <paramref name="values"/> (the pressed button's name and value among them).</summary>
    private static Task<HttpResponseMessage> PostAsync(HttpClient client, IDocument page, string handler, Dictionary<string, string> values)
    {
        var fields = new Dictionary<string, string>(HtmlForm.Named(page, handler).Fields());
        foreach (var (name, value) in values) fields[name] = value;
        return client.PostAsync(new Uri(page.Url).PathAndQuery, new FormUrlEncodedContent(fields));
    }
}
