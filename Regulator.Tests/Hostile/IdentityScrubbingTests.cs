using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Regulator.Domain.Auditing;
using Regulator.Domain.Protection;
using Regulator.Tests.Filings;
using Regulator.Tests.Infrastructure;
using Regulator.Web;

namespace Regulator.Tests.Hostile;

/// <summary>
/// <see cref="IdentityScrubber"/> and the places it guards: what it masks, identifier fields that refuse a number,
/// the corrections file whatever the upload held, the audit log and the log output.
/// </summary>
public sealed class IdentityScrubbingTests(ProviderPortals portals) : IClassFixture<ProviderPortals>
{
    [Theory]
    [InlineData("未知字段 $.110105197001011234", "未知字段 $.110105********1234")]
    [InlineData("11010519700101123X and 11010519700101123x", "110105********123X and 110105********123x")]
    [InlineData("old card 110105700101123", "old card 110105*****1123")]
    [InlineData("full width １１０１０５１９７００１０１１２３４", "full width 110105********1234")]
    [InlineData("order 11010519700101123456 stays", "order 11010519700101123456 stays")]
    [InlineData("a1101051970010112345b", "a1101051970010112345b")]
    [InlineData("masked 110105********1234 stays", "masked 110105********1234 stays")]
    [InlineData("", "")]
    public void Masks_anything_shaped_like_an_identity_number_and_nothing_else(string text, string expected) =>
        Assert.Equal(expected, IdentityScrubber.Scrub(text));

    [Fact]
    public void Audit_entries_and_log_lines_never_hold_a_number_in_clear()
    {
        var entry = new AuditEntry { RecordId = "110105197001011234", Reason = "核对 110105197001011234", Details = "GET /api/v1/filings/110105197001011234" };
        Assert.DoesNotContain("197001011234", entry.RecordId + entry.Reason + entry.Details);

        var formatter = new ScrubbingConsoleFormatter();
        using var output = new StringWriter();
        formatter.Write(new Microsoft.Extensions.Logging.Abstractions.LogEntry<string>(LogLevel.Warning, "Test", new EventId(7), "path /filings/110105197001011234",
            new InvalidOperationException("value 110105197001011234"), (s, e) => s), null, output);
        Assert.DoesNotContain("197001011234", output.ToString());
        Assert.Contains("110105********1234", output.ToString());
    }

    [Theory, BothProviders]
    public async Task An_identity_number_as_platform_publisher_id_is_refused_and_not_echoed(DatabaseProvider provider)
    {
        var portal = portals[provider];
        var api = await FilingsApiClient.ForNewPlatformAsync(portal, "11");
        var number = FilingTestData.ResidentIdAged(30);

        var response = await api.PostAsync(FilingsApiClient.AdultJson(number, FilingTestData.ResidentIdAged(25)));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain(number, body);
        Assert.Contains("invalid-publisher-id", body.Replace("_", "-").ToLowerInvariant());
        await using var db = portal.CreateDbContext();
        Assert.False(await db.Filings.AnyAsync(f => f.PlatformId == api.Platform.Id));
        Assert.Equal(HttpStatusCode.NotFound, (await api.Http.GetAsync($"/api/v1/filings/{number}")).StatusCode);
        Assert.False(await db.AuditEntries.AnyAsync(a => (a.Details ?? "").Contains(number) || (a.RecordId ?? "") == number));
    }

    [Theory, BothProviders]
    public async Task The_corrections_file_masks_every_number_whatever_column_or_quote_it_came_in(DatabaseProvider provider)
    {
        var portal = portals[provider];
        var api = await FilingsApiClient.ForNewPlatformAsync(portal, "11");
        var admin = await portal.SignInAsync("bj.admin");
        var (second, remark, swallowed, nextRow) = (FilingTestData.ResidentIdAged(30), FilingTestData.ResidentIdAged(31), FilingTestData.ResidentIdAged(32), FilingTestData.ResidentIdAged(33));
        var valid = FilingTestData.ResidentIdAged(34);
        var wrongCheck = FilingTestData.WithWrongCheckDigit(valid);
        var csv = "平台主播编号,主播类型,真实姓名,身份证号码,昵称,内容类别,备用证件号,备注\n" +
                  $"bad-1,个人,张三,{wrongCheck},小张,演艺,{second},本人号码 {remark}\n" +
                  $"bad-2,个人,\"李四,{swallowed},小李,演艺,,\n" +
                  $"bad-3,个人,王五,{nextRow},小王,演艺,,\n";

        var result = await Filings.FilingUploads.UploadAsync(portal, "bj.admin", api.Platform.Id, Encoding.UTF8.GetBytes(csv));
        Assert.NotNull(result.Value.Submission.CorrectionsCsv);
        var download = await admin.GetStringAsync($"/filings/submissions/{result.Value.Submission.Id}/corrections.csv");
        // What the upload page lists per row: the publisher id and the problems.
        var shown = string.Join("\n", Filings.FilingUploads.Rows(result).Select(r => $"{r.PublisherId} {r.Problems}"));
        await using var db = portal.CreateDbContext();
        var stored = Encoding.UTF8.GetString(await db.FilingSubmissions.Where(s => s.PlatformId == api.Platform.Id).Select(s => s.CorrectionsCsv!).SingleAsync());

        foreach (var text in new[] { download, stored, shown })
        {
            Assert.Empty(IdentityLeaks.In(text));
            foreach (var number in new[] { wrongCheck, second, remark, swallowed, nextRow }) Assert.DoesNotContain(number, text);
        }
    }

    [Theory, BothProviders]
    public async Task Free_text_holding_a_number_is_kept_masked_and_shown_masked(DatabaseProvider provider)
    {
        var portal = portals[provider];
        var number = FilingTestData.ResidentIdAged(40);
        var (caseId, reportId) = await Reports.ReportsArrange.NewCaseAsync(portal, "11", description: $"主播自称身份证号 {number}，直播低俗");

        await using var db = portal.CreateDbContext();
        var stored = await db.Reports.Where(r => r.Id == reportId).Select(r => r.Description).SingleAsync();
        Assert.Contains(number[..6] + "********" + number[^4..], stored);
        var page = await HtmlPage.GetAsync(await portal.SignInAsync("bj.admin"), $"/reports/cases/{caseId}");
        Assert.DoesNotContain(number, page.Source.Text);
        Assert.Empty(IdentityLeaks.In(page.DocumentElement.TextContent));
    }
}
