using Regulator.Bench.Reports;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
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
        Assert.True(rejected.GetProperty("errors").TryGetProperty("category", out _));

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
        var inbox = await inspector.GetStringAsync("/reports?status=Open");
        Assert.Contains($"/reports/cases/{cases["bj"]}\"", inbox);
        Assert.DoesNotContain($"/reports/cases/{cases["gd"]}\"", inbox);

        var national = await portal.SignInAsync("national.admin");
        Assert.Contains($"/reports/cases/{cases["-x"]}\"", await national.GetStringAsync("/reports?province=00"));
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

        var admin = await portal.SignInAsync("bj.admin");
        var inbox = await HtmlPage.GetAsync(admin, "/reports");
        using (await PostAsync(admin, inbox, "bulk-assign", ids.Select(id => ("CaseIds", id.ToString())).Append(("AssigneeId", inspectorId)))) { }

        var inspector = await portal.SignInAsync("bj.inspector");
        var page = await HtmlPage.GetAsync(inspector, $"/reports/cases/{ids[0]}");
        // The opening is on the timeline, derived from the case rather than stored.
        Assert.Contains("立案 按平台登记地分派至 北京市", page.Body!.TextContent);
        using (await PostAsync(inspector, page, "close", [("CloseOutcome", "Substantiated"), ("CloseMeasures", "Warning"), ("CloseNote", "查证属实，已警示")])) { }

        await using var check = portal.CreateDbContext();
        var cases = await check.ReportCases.Include(c => c.Events).Where(c => ids.Contains(c.Id)).ToListAsync();
        Assert.All(cases, c => Assert.Equal(inspectorId, c.AssigneeId));
        var closed = cases.Single(c => c.Id == ids[0]);
        Assert.Equal(CaseStatus.Closed, closed.Status);
        Assert.Equal(PunitiveMeasures.Warning, closed.Measures);
        Assert.Equal([CaseEventKind.Assigned, CaseEventKind.Closed], closed.Events.OrderBy(e => e.Id).Select(e => e.Kind));
    }
}
