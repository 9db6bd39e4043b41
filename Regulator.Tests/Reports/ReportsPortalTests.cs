using Regulator.Domain.Common;
using Regulator.Bench.Reports;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Regulator.Domain.Auditing;
using Regulator.Domain.Reports;
using Regulator.Tests.Infrastructure;
using Regulator.Web.Reports;
using static Regulator.Tests.Reports.ReportsArrange;

namespace Regulator.Tests.Reports;

/// <summary>The push endpoint and the handling pages through the real pipeline.</summary>
public sealed class ReportsPortalTests(ProviderPortals portals) : IClassFixture<ProviderPortals>
{
    [Theory, BothProviders]
    public async Task A_signed_batch_is_stored_malformed_items_are_listed_as_problems_and_a_resend_changes_nothing(DatabaseProvider provider)
    {
        var portal = portals[provider];
        var beijing = await PlatformInAsync(portal, "11");
        var prefix = $"T{Guid.NewGuid():N}"[..10];
        ReportDraft[] batch = [Draft(prefix + "-1", beijing.Name), Draft(prefix + "-2", beijing.Name, category: "nonsense"), Draft(prefix + "-3", null, beijing.Uscc)];

        using var first = await Pusher(portal).PushAsync(batch);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, first.StatusCode);
        Assert.Equal("application/problem+json", first.Content.Headers.ContentType?.MediaType);
        var problem = await first.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(ReportsApi.RejectedItemsProblemType, problem.GetProperty("type").GetString());
        Assert.Equal(2, problem.GetProperty("stored").GetInt32());
        var rejected = problem.GetProperty("items")[1];
        Assert.Equal("rejected", rejected.GetProperty("status").GetString());
        var error = Assert.Single(problem.GetProperty("errors").EnumerateArray());
        Assert.Equal((1, prefix + "-2", "category", ReportsApi.InvalidFieldCode),
            (error.GetProperty("index").GetInt32(), error.GetProperty("id").GetString(), error.GetProperty("field").GetString(), error.GetProperty("code").GetString()));

        using var again = await Pusher(portal).PushAsync([batch[0], batch[2]]);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var result = await again.Content.ReadFromJsonAsync<ReportsApi.BatchResult>(ReportWireFormat.Options);
        Assert.Equal([0, 2, 0], new[] { result!.Stored, result.Duplicates, result.Rejected });
        await using var db = portal.CreateDbContext();
        Assert.Equal(2, await db.Reports.CountAsync(r => r.ExternalId.StartsWith(prefix)));
    }

    [Fact]
    public async Task Unsigned_forged_and_stale_pushes_are_refused()
    {
        var portal = portals[DatabaseProvider.Sqlite];
        var body = Encoding.UTF8.GetBytes("{\"reports\":[]}");
        using var unsigned = await portal.CreateClient().PostAsync("/api/v1/reports", new ByteArrayContent(body));
        Assert.Equal(HttpStatusCode.Unauthorized, unsigned.StatusCode);

        var forged = new ReportPushClient(portal.CreateClient(), "not-the-secret", TimeProvider.System);
        using var wrongSecret = await forged.PushAsync([]);
        Assert.Equal(HttpStatusCode.Unauthorized, wrongSecret.StatusCode);

        using var stale = await Pusher(portal).PushRawAsync(body, DateTimeOffset.UtcNow.AddMinutes(-6).ToUnixTimeSeconds());
        Assert.Equal(HttpStatusCode.Unauthorized, stale.StatusCode);
        Assert.Contains("5 minutes", await stale.Content.ReadAsStringAsync());

        using var fresh = await Pusher(portal).PushRawAsync(body, DateTimeOffset.UtcNow.ToUnixTimeSeconds());
        Assert.Equal(HttpStatusCode.OK, fresh.StatusCode);
    }

    [Fact]
    public async Task A_provincial_user_gets_404_for_another_provinces_case_and_for_national_triage()
    {
        var portal = portals[DatabaseProvider.Sqlite];
        var guangdong = await PlatformInAsync(portal, "44");
        var beijing = await PlatformInAsync(portal, "11");
        var prefix = $"S{Guid.NewGuid():N}"[..10];
        using (await Pusher(portal).PushAsync([Draft(prefix + "-gd", guangdong.Name), Draft(prefix + "-bj", beijing.Name), Draft(prefix + "-x", "不存在的平台")])) { }
        await using var db = portal.CreateDbContext();
        var cases = await db.Reports.Where(r => r.ExternalId.StartsWith(prefix)).ToDictionaryAsync(r => r.ExternalId[^2..], r => r.CaseId);

        var inspector = await portal.SignInAsync("bj.inspector");
        Assert.Equal(HttpStatusCode.OK, (await inspector.GetAsync($"/reports/cases/{cases["bj"]}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await inspector.GetAsync($"/reports/cases/{cases["gd"]}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await inspector.GetAsync($"/reports/cases/{cases["-x"]}")).StatusCode);
        // The first render of the interactive inbox is on the server, rows and all.
        var inbox = await inspector.GetStringAsync("/reports?status=Open");
        Assert.Contains($"/reports/cases/{cases["bj"]}\"", inbox);
        Assert.DoesNotContain($"/reports/cases/{cases["gd"]}\"", inbox);
        // Another province's code in the address narrows to nothing rather than widening to that province.
        foreach (var province in new[] { "44", NationalTriage.ProvinceCode })
        {
            var other = await HtmlPage.GetAsync(inspector, $"/reports?province={province}");
            Assert.Empty(other.QuerySelectorAll("[data-testid=case-link]"));
        }
        // The export of that view holds no case (at most the header).
        var export = await inspector.GetStringAsync("/export/cases.csv?province=44");
        Assert.True(export.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Length <= 1, export);

        var national = await portal.SignInAsync("national.admin");
        Assert.Contains($"/reports/cases/{cases["-x"]}\"", await national.GetStringAsync("/reports?province=00"));
        await using var check = portal.CreateDbContext();
        var views = await check.AuditEntries.Where(a => a.Action == AuditActions.ReportCaseViewed && (a.RecordId == cases["gd"].ToString() || a.RecordId == cases["-x"].ToString()))
            .CountAsync();
        Assert.Equal(0, views);
    }

    [Fact]
    public async Task An_administrator_assigns_in_bulk_and_the_inspector_closes_with_measures()
    {
        var portal = portals[DatabaseProvider.Sqlite];
        var beijing = await PlatformInAsync(portal, "11");
        var prefix = $"B{Guid.NewGuid():N}"[..10];
        using (await Pusher(portal).PushAsync([Draft(prefix + "-1", beijing.Name), Draft(prefix + "-2", beijing.Name)])) { }
        long[] ids;
        string inspectorId;
        await using (var db = portal.CreateDbContext())
        {
            ids = await db.Reports.Where(r => r.ExternalId.StartsWith(prefix)).Select(r => r.CaseId).ToArrayAsync();
            inspectorId = await db.Users.Where(u => u.UserName == "bj.inspector").Select(u => u.Id).SingleAsync();
        }

        // The administrator's inbox offers bulk assignment; the inspector's does not.
        Assert.NotNull((await HtmlPage.GetAsync(await portal.SignInAsync("bj.admin"), "/reports")).QuerySelector("[data-testid=bulk-assign]"));
        Assert.Null((await HtmlPage.GetAsync(await portal.SignInAsync("bj.inspector"), "/reports")).QuerySelector("[data-testid=bulk-assign]"));
        Assert.Empty((await portal.AsAsync<CaseHandling, StepResult<IReadOnlyDictionary<long, StepFailure>>>("bj.admin", (h, _) => h.AssignAsync(ids, inspectorId))).Value);

        var inspector = await portal.SignInAsync("bj.inspector");
        var page = await HtmlPage.GetAsync(inspector, $"/reports/cases/{ids[0]}");
        // The opening is on the timeline, derived from the case rather than stored.
        Assert.Contains("立案 按平台登记地分派至 北京市", page.Body!.TextContent);
        Assert.NotNull(page.QuerySelector("[data-testid=close]"));
        Assert.Null(page.QuerySelector("[data-testid=assign]"));
        var closed = await portal.AsAsync<CaseHandling, StepResult<ReportCase>>("bj.inspector",
            (h, _) => h.CloseAsync(ids[0], CaseOutcome.Substantiated, PunitiveMeasures.Warning, null, "查证属实，已警示"));
        Assert.Equal(StepStatus.Done, closed.Status);

        await using var check = portal.CreateDbContext();
        var cases = await check.ReportCases.Include(c => c.Events).Where(c => ids.Contains(c.Id)).ToListAsync();
        Assert.All(cases, c => Assert.Equal(inspectorId, c.AssigneeId));
        var done = cases.Single(c => c.Id == ids[0]);
        Assert.Equal(CaseStatus.Closed, done.Status);
        Assert.Equal(PunitiveMeasures.Warning, done.Measures);
        Assert.Equal([CaseEventKind.Assigned, CaseEventKind.Closed], done.Events.OrderBy(e => e.Id).Select(e => e.Kind));
    }

    /// <summary>
    /// A closing, a change of category and an assignment show on the timeline in the reader's language, Chinese by
    /// default and English when switched, never as enum names ("办结 Transferred None"); so do rows stored before the
    /// steps kept values, when they held the enum names and Chinese words themselves.
    /// </summary>
    [Theory, BothProviders]
    public async Task A_cases_timeline_names_outcome_measures_and_categories_in_the_readers_language_for_new_and_older_rows(DatabaseProvider provider)
    {
        var portal = portals[provider];
        var (current, _) = await NewCaseAsync(portal, "11");
        var (older, _) = await NewCaseAsync(portal, "11");
        string inspectorId;
        (string Zh, string En) category1, category2;
        int to;
        await using (var db = portal.CreateDbContext())
        {
            inspectorId = await db.Users.Where(u => u.UserName == "bj.inspector").Select(u => u.Id).SingleAsync();
            var from = await db.ReportCases.Where(c => c.Id == current).Select(c => c.Category).SingleAsync();
            var other = await db.ReportCategories.Where(c => c.IsActive && c.Id != from.Id).OrderBy(c => c.Id).FirstAsync();
            (category1, category2, to) = ((from.NameZh, from.NameEn), (other.NameZh, other.NameEn), other.Id);
        }
        foreach (var id in new[] { current, older })
        {
            Assert.Equal(StepStatus.Done, (await portal.AsAsync<CaseHandling, StepResult<ReportCase>>("bj.admin", (h, _) => h.RecategorizeAsync(id, to))).Status);
            Assert.Empty((await portal.AsAsync<CaseHandling, StepResult<IReadOnlyDictionary<long, StepFailure>>>("bj.admin", (h, _) => h.AssignAsync([id], inspectorId))).Value);
            Assert.Equal(StepStatus.Done, (await portal.AsAsync<CaseHandling, StepResult<ReportCase>>("bj.inspector",
                (h, _) => h.CloseAsync(id, CaseOutcome.Transferred, PunitiveMeasures.None, "属地公安机关", "涉嫌违法，已移交"))).Status);
        }
        await using (var db = portal.CreateDbContext())
        {
            // The older case's steps as they were stored before: words, with the outcome and measures as enum names.
            var stored = await db.ReportCases.Include(c => c.Events).SingleAsync(c => c.Id == older);
            foreach (var e in stored.Events)
            {
                (e.Outcome, e.Measures, e.PreviousCategoryId, e.CategoryId) = (null, null, null, null);
                e.Details = e.Kind switch
                {
                    CaseEventKind.Recategorized => $"{category1.Zh} → {category2.Zh}",
                    CaseEventKind.Assigned => "指派给 " + e.Details,
                    CaseEventKind.Closed => "Transferred None 属地公安机关",
                    _ => e.Details,
                };
            }
            await db.SaveChangesAsync();
        }

        var inspector = await portal.SignInAsync("bj.inspector");
        foreach (var id in new[] { current, older })
        {
            var zh = await TimelineAsync(inspector, id);
            Assert.Contains("办结 移交处理 · 移交至 属地公安机关", zh);
            Assert.Contains($"更正类别 {category1.Zh} → {category2.Zh}", zh);
            Assert.Matches(@"指派 \S", zh);
            Assert.DoesNotContain("指派给", zh);
            Assert.DoesNotContain("Transferred", zh);
            Assert.DoesNotContain("None", zh);
        }
        using (await inspector.GetAsync("/culture?name=en&returnUrl=%2Freports")) { }
        foreach (var id in new[] { current, older })
        {
            var en = await TimelineAsync(inspector, id);
            Assert.Contains("Closed Transferred · to 属地公安机关", en);
            Assert.Contains($"Category changed {category1.En} → {category2.En}", en);
            Assert.DoesNotContain("None", en);
            Assert.DoesNotContain("办结", en);
        }
    }

    private static async Task<string> TimelineAsync(HttpClient client, long caseId) =>
        (await HtmlPage.GetAsync(client, $"/reports/cases/{caseId}")).QuerySelector("[data-testid=timeline]")!.TextContent;

    [Theory, BothProviders]
    public async Task Case_handling_checks_the_actors_role_itself_and_a_refused_step_changes_and_audits_nothing(DatabaseProvider provider)
    {
        var portal = portals[provider];
        var (caseId, _) = await NewCaseAsync(portal, "11");
        var (triageCase, _) = await NewCaseAsync(portal, "11");
        await using (var db = portal.CreateDbContext())
            await db.ReportCases.Where(c => c.Id == triageCase).ExecuteUpdateAsync(s => s.SetProperty(c => c.Status, CaseStatus.AwaitingTriage));
        string inspectorId;
        await using (var db = portal.CreateDbContext()) inspectorId = await db.Users.Where(u => u.UserName == "bj.inspector").Select(u => u.Id).SingleAsync();
        var before = await StateAsync(portal, caseId, triageCase);

        // An inspector who does not handle the case, and the read-only national analyst, called straight at the step.
        foreach (var user in new[] { "bj.inspector", "national.analyst" })
        {
            Assert.Equal(StepStatus.Refused, (await portal.AsAsync<CaseHandling, StepResult<ReportCase>>(user, (h, _) => h.RecategorizeAsync(caseId, 2))).Status);
            Assert.Equal(StepStatus.Refused, (await portal.AsAsync<CaseHandling, StepResult<ReportCase>>(user,
                (h, _) => h.CloseAsync(caseId, CaseOutcome.Unsubstantiated, PunitiveMeasures.None, null, "越权办结"))).Status);
            Assert.Equal(StepStatus.Refused, (await portal.AsAsync<CaseHandling, StepResult<ReportCase>>(user, (h, _) => h.RouteAsync(triageCase, "11", null))).Status);
            var refused = await portal.AsAsync<CaseHandling, StepResult<IReadOnlyDictionary<long, StepFailure>>>(user, (h, _) => h.AssignAsync([caseId], inspectorId));
            Assert.Equal(StepStatus.Refused, refused.Status);
            Assert.Equal(CaseHandling.NotPermitted, refused.Failure!.Message);
            Assert.Empty(await portal.AsAsync<CaseHandling, IReadOnlyList<Regulator.Domain.Identity.RegulatorUser>>(user, (h, _) => h.AssigneesAsync("11")));
        }
        // A provincial administrator may triage within the province but not route from the national queue.
        Assert.Equal(StepStatus.Refused, (await portal.AsAsync<CaseHandling, StepResult<ReportCase>>("bj.admin", (h, _) => h.RouteAsync(triageCase, "11", null))).Status);
        // Another province's administrator does not even find the case.
        Assert.Equal(StepStatus.NotFound, (await portal.AsAsync<CaseHandling, StepResult<ReportCase>>("gd.admin", (h, _) => h.RecategorizeAsync(caseId, 2))).Status);
        Assert.Equal(StepStatus.NotFound, (await portal.AsAsync<CaseHandling, StepResult<IReadOnlyDictionary<long, StepFailure>>>("gd.admin", (h, _) => h.AssignAsync([caseId], inspectorId))).Value[caseId].Status);
        Assert.Equal(before, await StateAsync(portal, caseId, triageCase));

        // The assignee may close; the administrator may recategorise.
        Assert.Empty((await portal.AsAsync<CaseHandling, StepResult<IReadOnlyDictionary<long, StepFailure>>>("bj.admin", (h, _) => h.AssignAsync([caseId], inspectorId))).Value);
        Assert.Equal(StepStatus.Done, (await portal.AsAsync<CaseHandling, StepResult<ReportCase>>("bj.inspector",
            (h, _) => h.CloseAsync(caseId, CaseOutcome.Unsubstantiated, PunitiveMeasures.None, null, "经核查不属实"))).Status);
    }

    private static async Task<string> StateAsync(PortalFactory portal, params long[] caseIds)
    {
        await using var db = portal.CreateDbContext();
        var cases = await db.ReportCases.Where(c => caseIds.Contains(c.Id)).OrderBy(c => c.Id).Select(c => $"{c.Id}:{c.Status}:{c.CategoryId}:{c.AssigneeId}:{c.Version}").ToListAsync();
        var records = caseIds.Select(id => id.ToString()).ToList();
        var audit = await db.AuditEntries.CountAsync(a => a.Action == AuditActions.ReportCaseChanged && records.Contains(a.RecordId!));
        return string.Join(",", cases) + $" audit {audit}";
    }
}
