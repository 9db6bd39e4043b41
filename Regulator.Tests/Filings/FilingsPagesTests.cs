using Regulator.Domain.Common;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Regulator.Domain.Auditing;
using Regulator.Domain.Filings;
using Microsoft.Extensions.DependencyInjection;
using Regulator.Domain.Protection;
using Regulator.Tests.Infrastructure;
using Regulator.Web.Filings;
using static Regulator.Tests.Filings.FilingTestData;
using static Regulator.Tests.Filings.FilingsApiClient;
using Regulator.Web.Identity;

namespace Regulator.Tests.Filings;

/// <summary>
/// The filing pages through the real pipeline, signed in through the form: scoping, masking and what each role is offered
/// on the first (server) render; the steps behind the buttons as the signed-in user. The clicks themselves (reveal,
/// review, bulk acceptance, upload, search, export) are in <see cref="FilingsBrowserTests"/>.
/// </summary>
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
    public async Task The_list_shows_masked_numbers_and_finds_a_full_number_by_its_blind_index_only()
    {
        var portal = portals[DatabaseProvider.Sqlite];
        var api = await ForNewPlatformAsync(portal, "11");
        var identity = ResidentIdAged(33);
        await api.PostAsync(AdultJson("needle", identity, name: "针一"), AdultJson("hay", ResidentIdAged(34), name: "草二"));
        var client = await portal.SignInAsync("bj.admin");

        // The first render of the interactive list is on the server, rows and all.
        var list = await HtmlPage.GetAsync(client, $"/filings?platform={api.Platform.Id}");
        Assert.Equal(2, list.QuerySelectorAll("[data-list=filings] tbody tr").Length);
        Assert.DoesNotContain(identity, list.Body!.InnerHtml);
        Assert.Contains(identity[..6] + "********" + identity[14..], list.Body.TextContent);

        // The search box sends the number through the circuit (FilingsBrowserTests); the address holds its blind index.
        var index = FilingSearch.IdentityIndexOf(portal.Services.GetRequiredService<IdentityProtector>(), identity);
        Assert.DoesNotContain(identity[6..14], index);
        var found = await HtmlPage.GetAsync(client, $"/filings?identity={index}");
        var row = Assert.Single(found.QuerySelectorAll("[data-list=filings] tbody tr"));
        Assert.Contains("针一", row.TextContent);
    }

    [Fact]
    public async Task Inspectors_are_offered_neither_review_nor_reveal_and_the_steps_refuse_them_too()
    {
        var portal = portals[DatabaseProvider.Sqlite];
        var api = await ForNewPlatformAsync(portal, "11");
        var identity = ResidentIdAged(41);
        await api.PostAsync(AdultJson("inspect-me", identity));
        var filingId = await FilingIdAsync(portal, api, "inspect-me");

        var asInspector = await HtmlPage.GetAsync(await portal.SignInAsync("bj.inspector"), $"/filings/{filingId}");
        Assert.Null(asInspector.QuerySelector("[data-testid=reveal-actions]"));
        Assert.Null(asInspector.QuerySelector("[data-testid=review-actions]"));
        Assert.DoesNotContain(identity, asInspector.Body!.InnerHtml);
        var asAdmin = await HtmlPage.GetAsync(await portal.SignInAsync("bj.admin"), $"/filings/{filingId}");
        Assert.NotNull(asAdmin.QuerySelector("[data-testid=reveal-publisher]"));
        Assert.NotNull(asAdmin.QuerySelector("[data-testid=review-accept]"));

        // The steps check who asks, whatever a page offers.
        Assert.Equal(StepStatus.Refused, (await portal.AsAsync<IdentityReveal, StepResult<string>>("bj.inspector",
            (reveal, user) => reveal.RevealAsync(filingId, IdentityField.Publisher, "核查举报线索", PortalActors.Of(user)))).Status);
        Assert.Equal(StepStatus.Refused, (await portal.AsAsync<FilingReview, StepResult<Filing>>("bj.inspector",
            (review, user) => review.DecideAsync(filingId, FilingDecision.Accept, null, PortalActors.Of(user)))).Status);
        // Another province's administrator does not learn that the filing exists.
        Assert.Equal(StepStatus.NotFound, (await portal.AsAsync<FilingReview, StepResult<Filing>>("gd.admin",
            (review, user) => review.DecideAsync(filingId, FilingDecision.Accept, null, PortalActors.Of(user)))).Status);
        Assert.Equal(StepStatus.NotFound, (await portal.AsAsync<IdentityReveal, StepResult<string>>("gd.admin",
            (reveal, user) => reveal.RevealAsync(filingId, IdentityField.Publisher, "核查举报线索", PortalActors.Of(user)))).Status);
        await using var db = portal.CreateDbContext();
        Assert.False(await db.AuditEntries.AnyAsync(a => a.Action == AuditActions.IdentityRevealed && a.RecordId == filingId.ToString()));
        Assert.Equal(FilingStatus.Submitted, (await db.Filings.SingleAsync(f => f.Id == filingId)).Status);
    }

    [Fact]
    public async Task An_upload_offers_a_corrections_file_only_to_its_province()
    {
        var portal = portals[DatabaseProvider.Sqlite];
        var api = await ForNewPlatformAsync(portal, "11");
        var bad = ResidentIdAged(30);
        bad = bad[..17] + (bad[17] == '1' ? '2' : '1');
        var csv = System.Text.Encoding.UTF8.GetBytes($"平台主播编号,主播类型,真实姓名,证件号码,显示名称,内容类别\r\nok,个人,张三,{ResidentIdAged(30)},小张,演艺\r\nbad,个人,李四,{bad},小李,演艺\r\n");

        var result = await FilingUploads.UploadAsync(portal, "bj.admin", api.Platform.Id, csv);

        var rows = FilingUploads.Rows(result);
        Assert.Equal(2, rows.Count);
        Assert.Contains("校验位", rows[1].Problems);
        var link = $"/filings/submissions/{result.Value.Submission.Id}/corrections.csv";
        var admin = await portal.SignInAsync("bj.admin");
        var corrections = await admin.GetStringAsync(link);
        Assert.Contains("bad", corrections);
        Assert.DoesNotContain(bad, corrections);
        Assert.Equal(HttpStatusCode.NotFound, (await (await portal.SignInAsync("gd.admin")).GetAsync(link)).StatusCode);
        // An inspector may not upload on a platform's behalf: the step refuses and stores nothing.
        var refused = await FilingUploads.UploadAsync(portal, "bj.inspector", api.Platform.Id, csv);
        Assert.Equal(StepStatus.Refused, refused.Status);
        Assert.Equal(1, await CountSubmissionsAsync(portal, api.Platform.Id));
    }

    [Fact]
    public async Task Another_provinces_submission_cannot_be_accepted_in_bulk()
    {
        var portal = portals[DatabaseProvider.Sqlite];
        var api = await ForNewPlatformAsync(portal, "11");
        await api.PostAsync(AdultJson("gd-try", ResidentIdAged(30)));
        long submissionId;
        await using (var db = portal.CreateDbContext())
            submissionId = await db.FilingSubmissions.Where(s => s.PlatformId == api.Platform.Id).Select(s => s.Id).SingleAsync();

        // Hidden from Guangdong by the province filter: not found; a national administrator may read it but not review it.
        Assert.Equal(StepStatus.NotFound, (await portal.AsAsync<FilingReview, StepResult<int>>("gd.admin",
            (review, user) => review.AcceptCleanSubmissionAsync(submissionId, PortalActors.Of(user)))).Status);
        Assert.Equal(StepStatus.Refused, (await portal.AsAsync<FilingReview, StepResult<int>>("national.admin",
            (review, user) => review.AcceptCleanSubmissionAsync(submissionId, PortalActors.Of(user)))).Status);
        await using var check = portal.CreateDbContext();
        Assert.Equal(FilingStatus.Submitted, (await check.Filings.SingleAsync(f => f.PlatformId == api.Platform.Id)).Status);
        Assert.False(await check.AuditEntries.AnyAsync(a => a.Action == AuditActions.FilingsBulkAccepted && a.RecordId == submissionId.ToString()));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite, new byte[] { 0x61, 0x80, 0xFF, 0x2C, 0x0A }, "UTF-8")]
    [InlineData(DatabaseProvider.Postgres, new byte[] { 0x61, 0x80, 0xFF, 0x2C, 0x0A }, "UTF-8")]
    [InlineData(DatabaseProvider.Sqlite, new byte[] { 0xE5, 0xA7, 0x93, 0xE5, 0x90, 0x8D, 0x0A, 0x78, 0x0A }, "证件号码")] // header "姓名" only
    public async Task An_upload_with_a_broken_encoding_or_missing_columns_says_so_and_stores_nothing(DatabaseProvider provider, byte[] file, string expected)
    {
        var portal = portals[provider];
        var api = await ForNewPlatformAsync(portal, "11");
        var result = await FilingUploads.UploadAsync(portal, "bj.admin", api.Platform.Id, file);

        Assert.Equal(StepStatus.Invalid, result.Status);
        Assert.Contains(expected, result.Failure!.Message);
        await using var db = portal.CreateDbContext();
        Assert.False(await db.Filings.AnyAsync(f => f.PlatformId == api.Platform.Id));
        Assert.False(await db.FilingSubmissions.AnyAsync(s => s.PlatformId == api.Platform.Id));
    }

    private static async Task<long> FilingIdAsync(PortalFactory portal, FilingsApiClient api, string publisherId)
    {
        await using var db = portal.CreateDbContext();
        return await db.Filings.Where(f => f.PlatformId == api.Platform.Id && f.PlatformPublisherId == publisherId).Select(f => f.Id).SingleAsync();
    }

    private static async Task<int> CountSubmissionsAsync(PortalFactory portal, int platformId)
    {
        await using var db = portal.CreateDbContext();
        return await db.FilingSubmissions.CountAsync(s => s.PlatformId == platformId);
    }
}
