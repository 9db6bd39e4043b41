using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Regulator.Domain.Auditing;
using Regulator.Domain.Blacklist;
using Regulator.Domain.Platforms;
using Regulator.Tests.Infrastructure;
using static Regulator.Tests.Blacklist.BlacklistArrange;

namespace Regulator.Tests.Blacklist;

/// <summary><c>POST /api/v1/blacklist/check</c>: answers from the published list only, per item, within 5 s of a change.</summary>
public sealed class BlacklistCheckApiTests(BlacklistPortals portals) : IClassFixture<BlacklistPortals>
{
    [Theory, BothProviders]
    public async Task Publication_then_lifting_reaches_the_check_within_5_seconds_and_a_mere_proposal_never_does(DatabaseProvider provider)
    {
        var portal = portals[provider];
        var (_, client) = await PlatformClientAsync(portal, PlatformApiScopes.BlacklistCheck);
        var number = NewIdentity();

        var proposed = await ProposeAsync(portal, number);
        await Task.Delay(TimeSpan.FromSeconds(1.5)); // longer than a refresh: a proposal must stay invisible, not just be late
        Assert.False(await client.IsOnListAsync(number));

        await using (var scope = portal.Services.CreateAsyncScope())
        {
            var circulation = scope.ServiceProvider.GetRequiredService<BlacklistCirculation>();
            Assert.True((await circulation.ConfirmAsync(proposed.Id, BlacklistArrange.BeijingReviewer, "事实清楚")).Succeeded);
            Assert.True((await circulation.PublishAsync([proposed.Id], National, "批准全国通报")).Succeeded);
        }
        await client.WaitUntilOnListIsAsync(number, expected: true);
        var answer = await client.CheckAsync(number);
        Assert.Equal("timed-ban", answer.GetProperty("severity").GetString());
        Assert.Equal(proposed.EndsOn!.Value.ToString("yyyy-MM-dd"), answer.GetProperty("endsOn").GetString());

        await LiftAsync(portal, proposed.Id);
        await client.WaitUntilOnListIsAsync(number, expected: false);
    }

    [Fact]
    public async Task An_answer_says_on_the_list_severity_and_end_and_nothing_else()
    {
        var portal = portals[DatabaseProvider.Sqlite];
        var (_, client) = await PlatformClientAsync(portal, PlatformApiScopes.BlacklistCheck);
        var number = NewIdentity();
        await PublishAsync(portal, number, BlacklistSeverity.Permanent);
        await client.WaitUntilOnListIsAsync(number, expected: true);

        var answer = await client.CheckAsync(number);

        Assert.Equal(["index", "onList", "severity"], answer.EnumerateObject().Select(p => p.Name));
        Assert.Equal("permanent", answer.GetProperty("severity").GetString());
        Assert.DoesNotContain(number, answer.GetRawText());
    }

    [Fact]
    public async Task A_batch_answers_item_by_item_and_an_unreadable_number_gets_its_own_error()
    {
        var portal = portals[DatabaseProvider.Sqlite];
        var (_, client) = await PlatformClientAsync(portal, PlatformApiScopes.BlacklistCheck);
        var listed = NewIdentity();
        await PublishAsync(portal, listed);
        await client.WaitUntilOnListIsAsync(listed, expected: true);
        var badCheck = Filings.FilingTestData.WithWrongCheckDigit(listed);

        var response = await client.PostAsJsonAsync("/api/v1/blacklist/check", new { identityNumbers = new[] { NewIdentity(), listed.ToLowerInvariant(), badCheck, "12345", "" } });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var answer = await response.Content.ReadFromJsonAsync<JsonElement>();
        var results = answer.GetProperty("results").EnumerateArray().ToList();
        Assert.Equal([0, 1, 2, 3, 4], results.Select(r => r.GetProperty("index").GetInt32()));
        Assert.False(results[0].GetProperty("onList").GetBoolean());
        Assert.True(results[1].GetProperty("onList").GetBoolean());
        Assert.All(results[2..], r => Assert.False(r.TryGetProperty("onList", out _)));
        // The unreadable ones are named in the one item-error shape of every platform API.
        var errors = answer.GetProperty("errors").EnumerateArray().ToList();
        Assert.Equal([2, 3, 4], errors.Select(e => e.GetProperty("index").GetInt32()));
        Assert.All(errors, e => Assert.Equal("identityNumbers", e.GetProperty("field").GetString()));
        Assert.All(errors, e => Assert.Equal(JsonValueKind.Null, e.GetProperty("id").ValueKind));
        Assert.Contains("校验位", errors[0].GetProperty("message").GetString());
        Assert.All(errors, e => Assert.Equal("invalid-identity-number", e.GetProperty("code").GetString()));
    }

    [Theory]
    [InlineData(100, HttpStatusCode.OK)]
    [InlineData(101, HttpStatusCode.RequestEntityTooLarge)]
    public async Task A_batch_holds_at_most_100_numbers(int count, HttpStatusCode expected)
    {
        var portal = portals[DatabaseProvider.Sqlite];
        var (_, client) = await PlatformClientAsync(portal, PlatformApiScopes.BlacklistCheck);

        var response = await client.PostAsJsonAsync("/api/v1/blacklist/check", new { identityNumbers = Enumerable.Range(0, count).Select(_ => NewIdentity()).ToArray() });

        Assert.Equal(expected, response.StatusCode);
        if (expected == HttpStatusCode.RequestEntityTooLarge)
            Assert.Contains("100", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString());
    }

    [Fact]
    public async Task A_request_with_neither_or_both_forms_is_refused()
    {
        var portal = portals[DatabaseProvider.Sqlite];
        var (_, client) = await PlatformClientAsync(portal, PlatformApiScopes.BlacklistCheck);

        Assert.Equal(HttpStatusCode.BadRequest, (await client.PostAsJsonAsync("/api/v1/blacklist/check", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.PostAsJsonAsync("/api/v1/blacklist/check", new { identityNumber = NewIdentity(), identityNumbers = new[] { NewIdentity() } })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.PostAsync("/api/v1/blacklist/check", new StringContent("{not json", System.Text.Encoding.UTF8, "application/json"))).StatusCode);
    }

    [Fact]
    public async Task A_key_without_the_check_scope_gets_403()
    {
        var portal = portals[DatabaseProvider.Sqlite];
        var (_, client) = await PlatformClientAsync(portal, PlatformApiScopes.Filings | PlatformApiScopes.BlacklistFeed);

        var response = await client.PostAsJsonAsync("/api/v1/blacklist/check", new { identityNumber = NewIdentity() });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Checks_are_counted_per_platform_and_their_key_use_audited_in_aggregate()
    {
        var portal = portals[DatabaseProvider.Sqlite];
        // Only this test checks as a Zhejiang platform, so its tally starts from nothing; another platform waits for the listing.
        var (platform, client) = await PlatformClientAsync(portal, PlatformApiScopes.BlacklistCheck, provinceCode: "33");
        var (_, watcher) = await PlatformClientAsync(portal, PlatformApiScopes.BlacklistCheck, provinceCode: "31");
        var listed = NewIdentity();
        await PublishAsync(portal, listed);
        await watcher.WaitUntilOnListIsAsync(listed, expected: true);

        for (var i = 0; i < 5; i++) await client.CheckAsync(NewIdentity());
        await client.PostAsJsonAsync("/api/v1/blacklist/check", new { identityNumbers = new[] { listed, "bad" } });
        await Task.Delay(1000);

        await using var db = portal.CreateDbContext();
        var tally = await db.BlacklistCheckTallies.SingleAsync(t => t.PlatformId == platform.Id);
        Assert.Equal((7, 1, 1), (tally.Checks, tally.OnList, tally.Invalid));
        var uses = await db.AuditEntries.Where(a => a.Action == AuditActions.ApiKeyUsed && a.RecordId == platform.Id.ToString()).ToListAsync();
        Assert.NotEmpty(uses);
        Assert.True(uses.Count < 6, $"Expected the 6 calls to be audited in aggregate, found {uses.Count} rows.");
        Assert.All(uses, u => Assert.Contains("POST /api/v1/blacklist/check ×", u.Details));
        Assert.Equal(6, uses.Sum(u => int.Parse(u.Details!.Split('×')[1].Split(' ')[0])));
    }
}
