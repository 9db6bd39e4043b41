using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Regulator.Domain.Auditing;
using Regulator.Domain.Credit;
using Regulator.Domain.Platforms;
using Regulator.Tests.Blacklist;
using Regulator.Tests.Infrastructure;

namespace Regulator.Tests.Credit;

/// <summary>The platform API: a platform reads its own publishers' grades and listings, reports measures that reach the grade at once, and learns nothing of others.</summary>
public sealed class CreditApiTests(ProviderPortals portals) : IClassFixture<ProviderPortals>
{
    [Theory, BothProviders]
    public async Task A_platform_reports_a_measure_reads_the_grade_it_caused_and_gets_404_for_another_platforms_publisher(DatabaseProvider provider)
    {
        var portal = portals[provider];
        var (platform, client) = await BlacklistArrange.PlatformClientAsync(portal, PlatformApiScopes.CreditQuery | PlatformApiScopes.CreditMeasures, "44");
        var (_, other) = await BlacklistArrange.PlatformClientAsync(portal, PlatformApiScopes.CreditQuery, "11");
        var publisherId = $"api-{Guid.NewGuid():N}"[..16];
        await BlacklistArrange.FileAsync(portal, platform.Id, (publisherId, BlacklistArrange.NewIdentity("44")));

        var before = await client.GetFromJsonAsync<JsonElement>($"/api/v1/credit/publishers/{publisherId}");
        Assert.Equal("A", before.GetProperty("grade").GetString());
        Assert.Equal(JsonValueKind.Null, before.GetProperty("designation").ValueKind);

        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        using var reported = await client.PostAsJsonAsync("/api/v1/credit/measures", new
        {
            measureId = "m-1", platformPublisherId = publisherId, measure = "account-closure", takenOn = today.ToString("yyyy-MM-dd"), reason = "直播传播淫秽内容",
        });
        Assert.Equal(HttpStatusCode.Created, reported.StatusCode);
        Assert.Equal("B", (await reported.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("grade").GetString());
        // Re-sending the same measure id changes nothing.
        using var again = await client.PostAsJsonAsync("/api/v1/credit/measures", new
        {
            measureId = "m-1", platformPublisherId = publisherId, measure = "account-closure", takenOn = today.ToString("yyyy-MM-dd"), reason = "直播传播淫秽内容",
        });
        Assert.Equal(HttpStatusCode.Created, again.StatusCode);
        var after = await client.GetFromJsonAsync<JsonElement>($"/api/v1/credit/publishers/{publisherId}");
        Assert.Equal("B", after.GetProperty("grade").GetString());
        Assert.DoesNotContain("淫秽", after.GetRawText());

        using var notMine = await other.GetAsync($"/api/v1/credit/publishers/{publisherId}");
        Assert.Equal(HttpStatusCode.NotFound, notMine.StatusCode);
        using var wrong = await other.PostAsJsonAsync("/api/v1/credit/measures", new { measureId = "x", platformPublisherId = publisherId, measure = "warning", takenOn = today.ToString("yyyy-MM-dd"), reason = "x" });
        Assert.Equal(HttpStatusCode.Forbidden, wrong.StatusCode);

        using var invalid = await client.PostAsJsonAsync("/api/v1/credit/measures", new { measureId = "m-2", platformPublisherId = "nobody", measure = "fine", reason = "" });
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        var problems = (await invalid.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").EnumerateArray().ToList();
        Assert.Equal(["measure", "takenOn", "reason", "platformPublisherId"], problems.Select(e => e.GetProperty("field").GetString()));
        // The one item-error shape of the platform APIs: a single measure is item 0, named by its measureId.
        Assert.All(problems, e => Assert.Equal((0, "m-2"), (e.GetProperty("index").GetInt32(), e.GetProperty("id").GetString())));

        await using var db = portal.CreateDbContext();
        Assert.Equal(1, await db.PlatformMeasureReports.CountAsync(m => m.PlatformId == platform.Id && m.PlatformPublisherId == publisherId));
        Assert.True(await db.AuditEntries.AnyAsync(a => a.Action == CreditAuditActions.MeasureReported && a.Details!.Contains(publisherId)));
    }

    [Theory, BothProviders]
    public async Task A_listing_in_force_is_reported_with_its_measures_and_end_date(DatabaseProvider provider)
    {
        var portal = portals[provider];
        var (platform, client) = await BlacklistArrange.PlatformClientAsync(portal, PlatformApiScopes.CreditQuery, "11");
        var publisherId = $"api-{Guid.NewGuid():N}"[..16];
        await BlacklistArrange.FileAsync(portal, platform.Id, (publisherId, BlacklistArrange.NewIdentity("11")));
        await using var arrange = new CreditArrange(portal, CreditArrange.Beijing);
        await arrange.Subjects.AddMissingAsync();
        var filing = await arrange.Db.Filings.AsNoTracking().SingleAsync(f => f.PlatformId == platform.Id && f.PlatformPublisherId == publisherId);
        var subject = await arrange.Db.CreditSubjects.AsNoTracking().SingleAsync(s => s.IdentityBlindIndex == filing.IdentityBlindIndex);
        var penalty = (await arrange.Penalties.RecordAsync(subject.Id, $"京网信罚〔2026〕{Random.Shared.Next(100000, 999999)}号", DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)),
            CreditSeverity.Serious, "组织未成年人直播", CreditArrange.BeijingProposer)).Value;
        var fact = await arrange.Db.CreditFacts.AsNoTracking().SingleAsync(f => f.SourceType == nameof(AdministrativePenalty) && f.SourceId == penalty!.Id.ToString());
        var designation = (await arrange.Procedure.ProposeAsync(new DesignationProposal(subject.Id, "serious-heavy-penalty", [fact.Id], "受到较重行政处罚"), CreditArrange.BeijingProposer)).Value;
        await arrange.Procedure.RecordDefenceAsync(designation.Id, "无异议", [], DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)), CreditArrange.BeijingProposer);
        var listed = (await arrange.Procedure.DecideAsync(designation.Id, true, "依法认定", CreditArrange.BeijingDecider)).Value;

        var answer = await client.GetFromJsonAsync<JsonElement>($"/api/v1/credit/publishers/{publisherId}");
        Assert.Equal("D", answer.GetProperty("grade").GetString());
        var listing = answer.GetProperty("designation");
        Assert.Equal("serious", listing.GetProperty("level").GetString());
        Assert.Equal(listed.EndsOn!.Value.ToString("yyyy-MM-dd"), listing.GetProperty("endsOn").GetString());
        Assert.Equal(listed.Measures, listing.GetProperty("measures").EnumerateArray().Select(m => m.GetString()!).ToList());
        Assert.DoesNotContain("组织未成年人", answer.GetRawText());
    }
}
