using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Regulator.Domain.Auditing;
using Regulator.Domain.Persistence;
using Regulator.Domain.Platforms;
using Regulator.Tests.Infrastructure;

namespace Regulator.Tests.Api;

/// <summary>Platforms call <c>/api/v1</c> with a bearer key and see their own registration only.</summary>
public sealed class PlatformApiKeyTests(ProviderPortals portals) : IClassFixture<ProviderPortals>
{
    [Theory, BothProviders]
    public async Task A_key_reads_its_own_platform_and_every_use_is_audited(DatabaseProvider provider)
    {
        var portal = portals[provider];
        var (platform, key) = await IssueKeyAsync(portal, "44");
        var client = ClientWithKey(portal, key);

        var summary = await client.GetFromJsonAsync<JsonElement>("/api/v1/platform");

        Assert.Equal(platform.Uscc, summary.GetProperty("uscc").GetString());
        Assert.Equal(platform.Name, summary.GetProperty("name").GetString());
        await using var db = portal.CreateDbContext();
        Assert.Equal(1, await db.AuditEntries.CountAsync(a => a.Action == AuditActions.ApiKeyUsed && a.RecordId == platform.Id.ToString()));
    }

    [Theory, BothProviders]
    public async Task A_revoked_key_is_refused(DatabaseProvider provider)
    {
        var portal = portals[provider];
        var (platform, key) = await IssueKeyAsync(portal, "11");
        await using (var scope = portal.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<RegulatorDbContext>();
            var issued = await db.PlatformApiKeys.Include(k => k.Platform).SingleAsync(k => k.PlatformId == platform.Id);
            Assert.True((await scope.ServiceProvider.GetRequiredService<ApiKeyIssuer>().RevokeAsync(issued)).Succeeded);
        }

        var response = await ClientWithKey(portal, key).GetAsync("/api/v1/platform");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("rgk_000000000000_not-a-key")]
    public async Task A_call_without_a_valid_key_gets_401_not_the_sign_in_page(string? key)
    {
        var portal = portals[DatabaseProvider.Sqlite];

        var response = await ClientWithKey(portal, key).GetAsync("/api/v1/platform");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
    }

    private static async Task<(Platform Platform, string Key)> IssueKeyAsync(PortalFactory portal, string provinceCode)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RegulatorDbContext>();
        // A platform without keys, so each test's key is the only one its platform has.
        var platform = await db.Platforms.Where(p => p.ProvinceCode == provinceCode && !p.ApiKeys.Any()).OrderBy(p => p.Id).FirstAsync();
        var issued = await scope.ServiceProvider.GetRequiredService<ApiKeyIssuer>().IssueAsync(platform, "test", PlatformApiScopes.All, "tests");
        return (platform, issued.Value.PlainText);
    }

    private static HttpClient ClientWithKey(PortalFactory portal, string? key)
    {
        var client = portal.CreatePortalClient();
        if (key is not null) client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return client;
    }
}
