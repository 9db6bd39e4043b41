using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Regulator.Domain.Auditing;
using Regulator.Domain.Reports;
using Regulator.Tests.Infrastructure;
using static Regulator.Tests.Reports.ReportsArrange;

namespace Regulator.Tests.Reports;

/// <summary>The reporter's contact on the case page: masked, revealed only with a reason, audited, and never across provinces.</summary>
public sealed class ReporterContactRevealTests(ProviderPortals portals) : IClassFixture<ProviderPortals>
{
    private const string Masked = "139****1111";

    [Theory, BothProviders]
    public async Task An_administrator_reveals_the_contact_for_a_reason_and_the_audit_log_keeps_who_which_and_why_but_not_the_contact(DatabaseProvider provider)
    {
        var portal = portals[provider];
        var (caseId, reportId) = await NewCaseAsync(portal, "11");
        var admin = await portal.SignInAsync("bj.admin");

        var page = await HtmlPage.GetAsync(admin, $"/reports/cases/{caseId}");
        Assert.Equal(Masked, page.QuerySelector($"[data-testid=contact-{reportId}]")?.TextContent);
        Assert.DoesNotContain(ReporterPhone, page.Source.Text);

        using var response = await RevealForm(page, reportId).SubmitAsync(admin, new Dictionary<string, string> { ["reason"] = "回访举报人核实线索" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("no-store", response.Headers.CacheControl?.ToString());
        var revealed = await HtmlPage.ParseAsync(response);
        Assert.Equal(ReporterPhone, revealed.QuerySelector($"[data-testid=contact-{reportId}]")?.TextContent);
        Assert.NotNull(revealed.QuerySelector($"#contact-{reportId}"));

        await using var db = portal.CreateDbContext();
        var entry = await db.AuditEntries.SingleAsync(a => a.Action == AuditActions.ReporterContactRevealed && a.RecordId == reportId.ToString());
        Assert.Equal((nameof(Report), "bj.admin", "11", "回访举报人核实线索"), (entry.RecordType, entry.UserName, entry.ProvinceCode, entry.Reason));
        Assert.False(await db.AuditEntries.AnyAsync(a => (a.Details ?? "").Contains(ReporterPhone) || (a.Reason ?? "").Contains(ReporterPhone)));
    }

    [Fact]
    public async Task Without_a_reason_nothing_is_revealed_or_audited()
    {
        var portal = portals[DatabaseProvider.Sqlite];
        var (caseId, reportId) = await NewCaseAsync(portal, "11");
        var admin = await portal.SignInAsync("bj.admin");
        var page = await HtmlPage.GetAsync(admin, $"/reports/cases/{caseId}");

        using var response = await RevealForm(page, reportId).SubmitAsync(admin, new Dictionary<string, string> { ["reason"] = "   " });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var answer = await response.Content.ReadAsStringAsync();
        Assert.Contains("理由不能为空", WebUtility.HtmlDecode(answer));
        Assert.DoesNotContain(ReporterPhone, answer);
        Assert.Equal(0, await RevealsOfAsync(portal, reportId));
    }

    [Fact]
    public async Task Another_province_gets_404_for_the_case_and_for_a_reveal_posted_with_its_own_valid_token_and_nothing_is_audited()
    {
        var portal = portals[DatabaseProvider.Sqlite];
        var (beijingCase, beijingReport) = await NewCaseAsync(portal, "11");
        var (guangdongCase, guangdongReport) = await NewCaseAsync(portal, "44");
        var guangdong = await portal.SignInAsync("gd.admin");
        Assert.Equal(HttpStatusCode.NotFound, (await guangdong.GetAsync($"/reports/cases/{beijingCase}")).StatusCode);

        // A genuine form of Guangdong's own case, aimed at Beijing's: the token is valid, the case is not visible.
        var own = RevealForm(await HtmlPage.GetAsync(guangdong, $"/reports/cases/{guangdongCase}"), guangdongReport).Fields(new Dictionary<string, string> { ["reason"] = "越权查看" });
        foreach (var target in new[] { $"/reports/cases/{beijingCase}/reports/{beijingReport}", $"/reports/cases/{guangdongCase}/reports/{beijingReport}" })
        {
            using var response = await guangdong.PostAsync($"{target}/reporter-contact", new FormUrlEncodedContent(own));
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.DoesNotContain(ReporterPhone, await response.Content.ReadAsStringAsync());
        }
        Assert.Equal(0, await RevealsOfAsync(portal, beijingReport));
    }

    [Fact]
    public async Task A_post_without_the_antiforgery_token_or_a_get_reveals_nothing_and_an_inspector_not_handling_the_case_is_offered_no_form_and_refused()
    {
        var portal = portals[DatabaseProvider.Sqlite];
        var (caseId, reportId) = await NewCaseAsync(portal, "11");
        var action = $"/reports/cases/{caseId}/reports/{reportId}/reporter-contact";
        var admin = await portal.SignInAsync("bj.admin");

        using var tokenless = await admin.PostAsync(action, new FormUrlEncodedContent(new Dictionary<string, string> { ["reason"] = "伪造请求" }));
        Assert.Equal(HttpStatusCode.BadRequest, tokenless.StatusCode);
        Assert.DoesNotContain(ReporterPhone, await tokenless.Content.ReadAsStringAsync());
        using var viaGet = await admin.GetAsync($"{action}?reason=x");
        Assert.NotEqual(HttpStatusCode.OK, viaGet.StatusCode);
        Assert.DoesNotContain(ReporterPhone, await viaGet.Content.ReadAsStringAsync());

        // An inspector of the province who does not handle the case sees the mask and no form; posting with a valid token is refused.
        var inspector = await portal.SignInAsync("bj.inspector");
        var page = await HtmlPage.GetAsync(inspector, $"/reports/cases/{caseId}");
        Assert.Equal(Masked, page.QuerySelector($"[data-testid=contact-{reportId}]")?.TextContent);
        Assert.Null(page.QuerySelector($"form[action='{action}']"));
        var token = page.QuerySelector<IHtmlInputElement>("input[name=__RequestVerificationToken]")!.Value;
        using var refused = await inspector.PostAsync(action, new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["reason"] = "顺便看看" }));
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(0, await RevealsOfAsync(portal, reportId));

        // Once the case is theirs to handle, they may call the reporter back.
        await using (var db = portal.CreateDbContext())
        {
            var inspectorId = await db.Users.Where(u => u.UserName == "bj.inspector").Select(u => u.Id).SingleAsync();
            await db.ReportCases.Where(c => c.Id == caseId).ExecuteUpdateAsync(s => s.SetProperty(c => c.AssigneeId, inspectorId).SetProperty(c => c.Status, CaseStatus.InProgress));
        }
        var assigned = await HtmlPage.GetAsync(inspector, $"/reports/cases/{caseId}");
        using var allowed = await RevealForm(assigned, reportId).SubmitAsync(inspector, new Dictionary<string, string> { ["reason"] = "承办回访" });
        Assert.Equal(ReporterPhone, (await HtmlPage.ParseAsync(allowed)).QuerySelector($"[data-testid=contact-{reportId}]")?.TextContent);
        Assert.Equal(1, await RevealsOfAsync(portal, reportId));
    }

    private static HtmlForm RevealForm(IDocument page, long reportId) =>
        new(page.QuerySelector<IHtmlFormElement>($"form[action$='/reports/{reportId}/reporter-contact']")
            ?? throw new InvalidOperationException($"{page.Url} offers no reveal of report {reportId}'s contact."));

    private static async Task<int> RevealsOfAsync(PortalFactory portal, long reportId)
    {
        await using var db = portal.CreateDbContext();
        return await db.AuditEntries.CountAsync(a => a.Action == AuditActions.ReporterContactRevealed && a.RecordId == reportId.ToString());
    }
}
