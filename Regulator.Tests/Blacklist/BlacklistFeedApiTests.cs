using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Regulator.Domain.Blacklist;
using Regulator.Domain.Common;
using Regulator.Domain.Filings;
using Regulator.Domain.Platforms;
using Regulator.Domain.Protection;
using Regulator.Tests.Infrastructure;
using static Regulator.Tests.Blacklist.BlacklistArrange;

namespace Regulator.Tests.Blacklist;

/// <summary><c>GET /api/v1/blacklist/changes</c> and <c>POST /api/v1/blacklist/reports</c>.</summary>
public sealed class BlacklistFeedApiTests(BlacklistPortals portals) : IClassFixture<BlacklistPortals>
{
    [Theory, BothProviders]
    public async Task The_feed_gives_keyed_hashes_in_version_order_and_names_only_the_callers_own_publishers(DatabaseProvider provider)
    {
        var portal = portals[provider];
        var (own, ownClient) = await PlatformClientAsync(portal, PlatformApiScopes.BlacklistFeed, provinceCode: "44");
        var (_, otherClient) = await PlatformClientAsync(portal, PlatformApiScopes.BlacklistFeed, provinceCode: "11");
        var since = (await ownClient.GetFromJsonAsync<JsonElement>("/api/v1/blacklist/changes?since=0&limit=5000")).GetProperty("currentVersion").GetInt64();
        var number = NewIdentity();
        await FileAsync(portal, own, number, "pub-42");

        var entry = await PublishAsync(portal, number);
        await LiftAsync(portal, entry.Id);

        var feed = await ownClient.GetFromJsonAsync<JsonElement>($"/api/v1/blacklist/changes?since={since}");
        var lines = feed.GetProperty("changes").EnumerateArray().ToList();
        Assert.Equal(["added", "removed"], lines.Select(l => l.GetProperty("change").GetString()));
        Assert.Equal(since + 2, feed.GetProperty("version").GetInt64());
        Assert.False(feed.GetProperty("hasMore").GetBoolean());
        Assert.Equal("timed-ban", lines[0].GetProperty("severity").GetString());
        Assert.Equal(Convert.ToHexStringLower(entry.IdentityBlindIndex), lines[0].GetProperty("identityHash").GetString());
        Assert.Equal(["pub-42"], lines[0].GetProperty("yourPublisherIds").EnumerateArray().Select(e => e.GetString()));
        Assert.DoesNotContain(number, feed.GetRawText());

        var others = await otherClient.GetFromJsonAsync<JsonElement>($"/api/v1/blacklist/changes?since={since}");
        Assert.All(others.GetProperty("changes").EnumerateArray(), l => Assert.Equal(JsonValueKind.Null, l.GetProperty("yourPublisherIds").ValueKind));
    }

    [Fact]
    public async Task A_key_without_the_feed_scope_gets_403()
    {
        var portal = portals[DatabaseProvider.Sqlite];
        var (_, client) = await PlatformClientAsync(portal, PlatformApiScopes.BlacklistCheck);

        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/v1/blacklist/changes?since=0")).StatusCode);
    }

    [Fact]
    public async Task A_platforms_report_becomes_a_proposal_of_its_province_and_is_not_on_the_list()
    {
        var portal = portals[DatabaseProvider.Sqlite];
        var (platform, client) = await PlatformClientAsync(portal, PlatformApiScopes.BlacklistReport | PlatformApiScopes.BlacklistCheck, provinceCode: "44");
        var number = NewIdentity();

        var response = await client.PostAsJsonAsync("/api/v1/blacklist/reports", new
        {
            identityNumber = number, displayNames = new[] { "夜猫主播" }, categoryCode = "child-celebrity-profiteering",
            facts = "多次安排未成年人长时间出镜带货", severity = "timed-ban", startsOn = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-2)),
            endsOn = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(180)),
        });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
        await using var db = portal.CreateDbContext();
        var entry = await db.BlacklistEntries.SingleAsync(e => e.Id == id);
        Assert.Equal((BlacklistState.Proposed, "44", platform.Id), (entry.State, entry.ProvinceCode, entry.ReportingPlatformId));
        Assert.Equal([platform.Id], entry.PlatformIds);
        Assert.DoesNotContain(number, entry.IdentityMasked);
        Assert.False(await client.IsOnListAsync(number));
    }

    [Fact]
    public async Task A_report_with_bad_fields_is_refused_field_by_field()
    {
        var portal = portals[DatabaseProvider.Sqlite];
        var (_, client) = await PlatformClientAsync(portal, PlatformApiScopes.BlacklistReport);

        var response = await client.PostAsJsonAsync("/api/v1/blacklist/reports", new { identityNumber = "110101199001011234", categoryCode = "no-such", severity = "forever" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").EnumerateArray()
            .ToDictionary(e => e.GetProperty("field").GetString()!, e => e.GetProperty("code").GetString());
        Assert.Superset(new HashSet<string> { "identityNumber", "displayNames", "categoryCode", "facts", "severity" }, errors.Keys.ToHashSet());
        // Each field keeps the stable code a platform's system acts on.
        Assert.Equal(BlacklistProblemCodes.UnknownCategory, errors["categoryCode"]);
        Assert.NotEqual(StepFailure.InvalidCode, errors["identityNumber"]);
    }

    private static async Task FileAsync(PortalFactory portal, Platform platform, string number, string publisherId)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var intake = scope.ServiceProvider.GetRequiredService<FilingIntake>();
        var result = await intake.SubmitAsync(platform.Id,
            [new FilingDraft(publisherId, PublisherType.Individual, "王五", number, ["王五直播"], ContentKinds.Performance, null)],
            new FilingSource(SubmissionChannel.Api, "tests"));
        Assert.False(result.Value.Items.Single().IsInvalid);
    }
}
