using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Regulator.Domain.Filings;
using Regulator.Domain.Platforms;
using Regulator.Tests.Infrastructure;
using static Regulator.Tests.Filings.FilingTestData;
using static Regulator.Tests.Filings.FilingsApiClient;

namespace Regulator.Tests.Filings;

/// <summary><c>/api/v1/filings</c> through the real pipeline, on both providers: intake, idempotence, every kind of bad input.</summary>
public sealed class FilingsApiTests(ProviderPortals portals) : IClassFixture<ProviderPortals>
{
    [Theory, BothProviders]
    public async Task A_batch_is_answered_item_by_item_and_an_identical_resend_changes_nothing(DatabaseProvider provider)
    {
        var portal = portals[provider];
        var api = await ForNewPlatformAsync(portal, "11");
        var batch = new[] { AdultJson("a", ResidentIdAged(30)), AdultJson("b", ResidentIdAged(40), kinds: ["newsInformation"]), Minor("c", 15) };

        var first = await api.PostAsync(batch);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var body = await JsonAsync(first);
        Assert.Equal(3, body.GetProperty("created").GetInt32());
        var items = body.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(["submitted", "returnedForCorrection", "rejected"], items.Select(i => i.GetProperty("status").GetString()));
        Assert.Equal("news-licence-missing", items[1].GetProperty("problems")[0].GetProperty("code").GetString());
        var stored = await api.SnapshotAsync(portal);

        var again = await api.PostAsync(batch);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(3, (await JsonAsync(again)).GetProperty("unchanged").GetInt32());
        Assert.Equal(stored, await api.SnapshotAsync(portal));

        var changed = await api.PostAsync(AdultJson("a", ResidentIdAged(30), name: "张三丰"));
        Assert.Equal(1, (await JsonAsync(changed)).GetProperty("updated").GetInt32());
        await using var db = portal.CreateDbContext();
        Assert.Equal(3, await db.Filings.CountAsync(f => f.PlatformId == api.Platform.Id));
    }

    [Theory, BothProviders]
    public async Task Refused_items_come_back_as_problem_details_with_an_error_per_item(DatabaseProvider provider)
    {
        var portal = portals[provider];
        var api = await ForNewPlatformAsync(portal, "44");
        var id = ResidentIdAged(30);
        var wrongCheck = WithWrongCheckDigit(id);

        var response = await api.PostAsync(AdultJson("ok", ResidentIdAged(30)), AdultJson("markup", ResidentIdAged(30), name: "<script>x</script>"),
            AdultJson("control", ResidentIdAged(30), name: "张\u0007三"), AdultJson("check", wrongCheck));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var problem = await JsonAsync(response);
        Assert.Equal(422, problem.GetProperty("status").GetInt32());
        // The display names are made from the real name here, so items 1 and 2 have two errors each.
        var errors = problem.GetProperty("errors").EnumerateArray().Where(e => e.GetProperty("field").GetString() != "displayNames[0]").ToList();
        Assert.Equal([1, 2, 3], errors.Select(e => e.GetProperty("index").GetInt32()));
        Assert.Equal(["markup-or-control-characters", "markup-or-control-characters", "invalid-identity-number"], errors.Select(e => e.GetProperty("code").GetString()));
        Assert.Equal(["realName", "realName", "identityNumber"], errors.Select(e => e.GetProperty("field").GetString()));
        Assert.Contains("尖括号", errors[0].GetProperty("message").GetString());
        Assert.Contains("控制字符", errors[1].GetProperty("message").GetString());
        Assert.DoesNotContain(wrongCheck, await response.Content.ReadAsStringAsync());
        Assert.Equal("created", problem.GetProperty("items")[0].GetProperty("outcome").GetString());
        await using var db = portal.CreateDbContext();
        Assert.Equal(["ok"], await db.Filings.Where(f => f.PlatformId == api.Platform.Id).Select(f => f.PlatformPublisherId).ToListAsync());
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite, "[{\"platformPublisherId\": \"x\",", "not well-formed JSON")]
    [InlineData(DatabaseProvider.Sqlite, "{\"platformPublisherId\": 42}", "wrong type or value at $.platformPublisherId")]
    [InlineData(DatabaseProvider.Sqlite, "{\"publisherType\": \"alien\"}", "wrong type or value at $.publisherType")]
    [InlineData(DatabaseProvider.Sqlite, "{\"displayNames\": \"one\"}", "wrong type or value at $.displayNames")]
    [InlineData(DatabaseProvider.Sqlite, "[{\"guardain\": {}}]", "unknown field $[0].guardain")]
    [InlineData(DatabaseProvider.Sqlite, "[]", "holds no filing")]
    [InlineData(DatabaseProvider.Postgres, "{\"realName\": \"x\"", "not well-formed JSON")]
    [InlineData(DatabaseProvider.Postgres, "{\"status\": \"accepted\"}", "unknown field $.status")]
    public async Task Malformed_json_wrong_types_and_unknown_fields_get_400_and_change_nothing(DatabaseProvider provider, string json, string expected)
    {
        var portal = portals[provider];
        var api = await ForNewPlatformAsync(portal, "11");
        await api.PostAsync(AdultJson("existing", ResidentIdAged(30)));
        var before = await api.SnapshotAsync(portal);

        var response = await api.PostJsonAsync(json);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(expected, (await JsonAsync(response)).GetProperty("title").GetString());
        Assert.Equal(before, await api.SnapshotAsync(portal));
    }

    [Theory, BothProviders]
    public async Task The_same_new_batch_sent_concurrently_is_stored_once_and_no_request_fails(DatabaseProvider provider)
    {
        var portal = portals[provider];
        var api = await ForNewPlatformAsync(portal, "11");
        var batch = Enumerable.Range(0, 300).Select(i => AdultJson($"race-{i}", ResidentIdAged(20 + i % 40))).ToArray();

        var responses = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => api.PostAsync(batch)));

        // Each request either stored the batch, found it already stored, or lost the race and was told to send again.
        Assert.All(responses, r => Assert.Contains(r.StatusCode, new[] { HttpStatusCode.OK, HttpStatusCode.Conflict }));
        Assert.Contains(responses, r => r.StatusCode == HttpStatusCode.OK);
        await using var db = portal.CreateDbContext();
        Assert.Equal(300, await db.Filings.CountAsync(f => f.PlatformId == api.Platform.Id));
        Assert.Equal(300, await db.FilingHistory.CountAsync(h => h.PlatformId == api.Platform.Id));
    }

    [Fact]
    public async Task A_body_that_is_not_json_gets_415()
    {
        var api = await ForNewPlatformAsync(portals[DatabaseProvider.Sqlite], "11");
        var response = await api.Http.PostAsync("/api/v1/filings", new StringContent("platformPublisherId=x", Encoding.UTF8, "application/x-www-form-urlencoded"));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Contains("application/json", (await JsonAsync(response)).GetProperty("title").GetString());
    }

    [Theory, BothProviders]
    public async Task More_than_a_thousand_items_or_a_body_over_the_limit_get_413(DatabaseProvider provider)
    {
        var portal = portals[provider];
        var api = await ForNewPlatformAsync(portal, "11");
        var before = await api.SnapshotAsync(portal);

        var tooMany = await api.PostAsync(Enumerable.Range(0, FilingIntake.MaxBatchSize + 1).Select(i => AdultJson($"n{i}", ResidentIdAged(30))).ToArray());
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooMany.StatusCode);
        Assert.Contains("1000", (await JsonAsync(tooMany)).GetProperty("title").GetString());

        var huge = await api.PostJsonAsync($"{{\"realName\": \"{new string('x', 5 * 1024 * 1024)}\"}}");
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, huge.StatusCode);
        Assert.Contains("larger than", (await JsonAsync(huge)).GetProperty("title").GetString());

        Assert.Equal(before, await api.SnapshotAsync(portal));
    }

    [Fact]
    public async Task A_chunked_body_over_the_limit_gets_413_too()
    {
        var portal = portals[DatabaseProvider.Sqlite];
        var api = await ForNewPlatformAsync(portal, "11");
        var content = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes($"{{\"realName\": \"{new string('x', 5 * 1024 * 1024)}\"}}")));
        content.Headers.ContentType = new("application/json");
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/filings") { Content = content };
        request.Headers.TransferEncodingChunked = true;

        var response = await api.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Theory, BothProviders]
    public async Task An_invalid_key_gets_401_and_a_key_without_the_filings_scope_403(DatabaseProvider provider)
    {
        var portal = portals[provider];
        var stranger = portal.CreatePortalClient();
        stranger.DefaultRequestHeaders.Authorization = new("Bearer", "rgk_000000000000_forged");
        Assert.Equal(HttpStatusCode.Unauthorized, (await stranger.PostAsync("/api/v1/filings", new StringContent("[]", Encoding.UTF8, "application/json"))).StatusCode);

        var blacklistOnly = await ForNewPlatformAsync(portal, "11", PlatformApiScopes.BlacklistCheck);
        var response = await blacklistOnly.PostAsync(AdultJson("x", ResidentIdAged(30)));
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("filings scope", (await JsonAsync(response)).GetProperty("title").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, (await blacklistOnly.Http.GetAsync("/api/v1/filings/x")).StatusCode);
    }

    [Theory, BothProviders]
    public async Task A_platform_reads_its_own_status_and_history_and_gets_404_for_another_platforms_id(DatabaseProvider provider)
    {
        var portal = portals[provider];
        var mine = await ForNewPlatformAsync(portal, "11");
        var theirs = await ForNewPlatformAsync(portal, "11");
        await mine.PostAsync(Minor("teen", 16));
        await theirs.PostAsync(AdultJson("theirs-only", ResidentIdAged(30)));

        var status = await JsonAsync(await mine.Http.GetAsync("/api/v1/filings/teen"));
        Assert.Equal("returnedForCorrection", status.GetProperty("status").GetString());
        Assert.Contains("监护人", status.GetProperty("reason").GetString());
        Assert.Matches(@"^\d{6}\*{8}[\dX]{4}$", status.GetProperty("identityMasked").GetString());
        var history = status.GetProperty("history")[0];
        Assert.Equal(("submitted", "platform"), (history.GetProperty("event").GetString(), history.GetProperty("by").GetString()));

        var foreign = await mine.Http.GetAsync("/api/v1/filings/theirs-only");
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await mine.Http.PostAsync("/api/v1/filings/theirs-only/withdraw", null)).StatusCode);

        // A reason with markup is the request's fault (422, naming the field); nothing is withdrawn.
        var marked = await mine.Http.PostAsync("/api/v1/filings/teen/withdraw", new StringContent("{\"reason\":\"<b>注销</b>\"}", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, marked.StatusCode);
        Assert.Equal("reason", (await JsonAsync(marked)).GetProperty("errors")[0].GetProperty("field").GetString());

        var withdrawn = await mine.Http.PostAsync("/api/v1/filings/teen/withdraw", new StringContent("{\"reason\":\"账号注销\"}", Encoding.UTF8, "application/json"));
        Assert.Equal("withdrawn", (await JsonAsync(withdrawn)).GetProperty("status").GetString());
        // Withdrawn once, the filing's state no longer allows it: 409.
        Assert.Equal(HttpStatusCode.Conflict, (await mine.Http.PostAsync("/api/v1/filings/teen/withdraw", null)).StatusCode);
    }

    [Fact]
    public async Task The_sqlite_database_file_holds_no_identity_number_in_clear()
    {
        var portal = portals[DatabaseProvider.Sqlite];
        var api = await ForNewPlatformAsync(portal, "33");
        var publisher = ResidentIdAged(17);
        var guardian = ResidentIdAged(44);
        var organisation = Uscc("33");
        var response = await api.PostAsync(
            Minor("teen", 17, publisher, guardian),
            new { platformPublisherId = "org", publisherType = "organization", realName = "星光文化传媒有限公司", identityNumber = organisation, displayNames = new[] { "星光" }, contentKinds = new[] { "other" } });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        string path;
        await using (var db = portal.CreateDbContext())
        {
            path = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource;
            var teen = await db.Filings.SingleAsync(f => f.PlatformId == api.Platform.Id && f.PlatformPublisherId == "teen");
            Assert.NotNull(teen.GuardianIdentityCiphertext); // the guardian's number was stored, encrypted
            // Everything on disk: fold the write-ahead log into the database file.
            await db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE);");
        }
        var bytes = (await File.ReadAllBytesAsync(path)).Concat(File.Exists(path + "-wal") ? await File.ReadAllBytesAsync(path + "-wal") : []).ToArray();
        Assert.True(bytes.Length > 0);
        foreach (var number in new[] { publisher, guardian, organisation })
        {
            foreach (var encoding in new Encoding[] { Encoding.UTF8, Encoding.Unicode })
                Assert.True(bytes.AsSpan().IndexOf(encoding.GetBytes(number)) < 0, "an identity number was found in clear in the database file");
            // Not even the unmasked middle part that the mask hides.
            Assert.True(bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes(number[6..14])) < 0 || number == organisation, "the hidden digits were found in the database file");
        }
    }

    private static object Minor(string id, int age, string? identity = null, string? guardian = null) => new
    {
        platformPublisherId = id,
        publisherType = "individual",
        realName = "李四",
        identityNumber = identity ?? ResidentIdAged(age),
        displayNames = new[] { "小李" },
        contentKinds = new[] { "performance" },
        guardian = guardian is null ? null : new { name = "李父", relation = "father", identityNumber = guardian, consentDate = Today.AddDays(-2).ToString("yyyy-MM-dd") },
    };
}
