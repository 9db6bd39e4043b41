using Regulator.Domain.Common;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Regulator.Domain.Auditing;
using Regulator.Domain.Reports;
using Regulator.Tests.Infrastructure;
using static Regulator.Tests.Reports.ReportsArrange;

namespace Regulator.Tests.Reports;

/// <summary>
/// The reporter's contact on the case page: masked, revealed only with a reason, audited, and never across provinces.
/// The page's first (server) render shows what each role is offered; the reveal itself is the one domain step the
/// page's dialog calls, run here as the signed-in user (the click through the dialog is in <see cref="ReportsBrowserTests"/>).
/// </summary>
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
        Assert.NotNull(page.QuerySelector($"[data-testid=reveal-{reportId}]"));
        Assert.DoesNotContain(ReporterPhone, page.Source.Text);

        var result = await RevealAsync(portal, "bj.admin", caseId, reportId, "回访举报人核实线索");
        Assert.Equal(ReporterPhone, result.Value);

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

        var result = await RevealAsync(portal, "bj.admin", caseId, reportId, "   ");

        Assert.Equal(StepStatus.Invalid, result.Status);
        Assert.Equal(Regulator.Domain.Common.StatedReason.Required, result.Failure!.Message);
        Assert.Equal(0, await RevealsOfAsync(portal, reportId));
    }

    [Fact]
    public async Task Another_province_gets_404_for_the_case_and_not_found_for_a_reveal_and_nothing_is_audited()
    {
        var portal = portals[DatabaseProvider.Sqlite];
        var (beijingCase, beijingReport) = await NewCaseAsync(portal, "11");
        var (guangdongCase, _) = await NewCaseAsync(portal, "44");
        var guangdong = await portal.SignInAsync("gd.admin");
        Assert.Equal(HttpStatusCode.NotFound, (await guangdong.GetAsync($"/reports/cases/{beijingCase}")).StatusCode);

        // Beijing's report asked for through Beijing's case, and through Guangdong's own case.
        foreach (var caseId in new[] { beijingCase, guangdongCase })
        {
            var result = await RevealAsync(portal, "gd.admin", caseId, beijingReport, "越权查看");
            Assert.Equal(StepStatus.NotFound, result.Status);
        }
        Assert.Equal(0, await RevealsOfAsync(portal, beijingReport));
    }

    [Fact]
    public async Task The_old_reveal_address_reveals_nothing_and_an_inspector_not_handling_the_case_is_offered_no_reveal_and_refused()
    {
        var portal = portals[DatabaseProvider.Sqlite];
        var (caseId, reportId) = await NewCaseAsync(portal, "11");
        var action = $"/reports/cases/{caseId}/reports/{reportId}/reporter-contact";
        var admin = await portal.SignInAsync("bj.admin");

        // The reveal is a step inside the circuit now: the address of the former form endpoint answers nothing.
        using var posted = await admin.PostAsync(action, new FormUrlEncodedContent(new Dictionary<string, string> { ["reason"] = "伪造请求" }));
        Assert.NotEqual(HttpStatusCode.OK, posted.StatusCode);
        Assert.DoesNotContain(ReporterPhone, await posted.Content.ReadAsStringAsync());
        using var viaGet = await admin.GetAsync($"{action}?reason=x");
        Assert.NotEqual(HttpStatusCode.OK, viaGet.StatusCode);
        Assert.DoesNotContain(ReporterPhone, await viaGet.Content.ReadAsStringAsync());

        // An inspector of the province who does not handle the case sees the mask and no reveal; the step refuses them.
        var inspector = await portal.SignInAsync("bj.inspector");
        var page = await HtmlPage.GetAsync(inspector, $"/reports/cases/{caseId}");
        Assert.Equal(Masked, page.QuerySelector($"[data-testid=contact-{reportId}]")?.TextContent);
        Assert.Null(page.QuerySelector($"[data-testid=reveal-{reportId}]"));
        var refused = await RevealAsync(portal, "bj.inspector", caseId, reportId, "顺便看看");
        Assert.Equal(StepStatus.Refused, refused.Status);
        Assert.Equal(0, await RevealsOfAsync(portal, reportId));

        // Once the case is theirs to handle, they may call the reporter back.
        await using (var db = portal.CreateDbContext())
        {
            var inspectorId = await db.Users.Where(u => u.UserName == "bj.inspector").Select(u => u.Id).SingleAsync();
            await db.ReportCases.Where(c => c.Id == caseId).ExecuteUpdateAsync(s => s.SetProperty(c => c.AssigneeId, inspectorId).SetProperty(c => c.Status, CaseStatus.InProgress));
        }
        var assigned = await HtmlPage.GetAsync(inspector, $"/reports/cases/{caseId}");
        Assert.NotNull(assigned.QuerySelector($"[data-testid=reveal-{reportId}]"));
        Assert.Equal(ReporterPhone, (await RevealAsync(portal, "bj.inspector", caseId, reportId, "承办回访")).Value);
        Assert.Equal(1, await RevealsOfAsync(portal, reportId));
    }

    private static Task<StepResult<string>> RevealAsync(PortalFactory portal, string userName, long caseId, long reportId, string reason) =>
        portal.AsAsync<ReporterContactReveal, StepResult<string>>(userName, (reveal, _) => reveal.RevealAsync(caseId, reportId, reason));

    private static async Task<int> RevealsOfAsync(PortalFactory portal, long reportId)
    {
        await using var db = portal.CreateDbContext();
        return await db.AuditEntries.CountAsync(a => a.Action == AuditActions.ReporterContactRevealed && a.RecordId == reportId.ToString());
    }
}
