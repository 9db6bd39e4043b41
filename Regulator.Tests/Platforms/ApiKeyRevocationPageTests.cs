using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Regulator.Domain.Persistence;
using Regulator.Domain.Platforms;
using Regulator.Tests.Infrastructure;

namespace Regulator.Tests.Platforms;

/// <summary>Administrators revoke a platform's API keys from its page, one table row per key.</summary>
public sealed class ApiKeyRevocationPageTests(ProviderPortals portals) : IClassFixture<ProviderPortals>
{
    [Fact]
    public async Task Revoking_one_of_several_keys_revokes_that_key_only()
    {
        var portal = portals[DatabaseProvider.Sqlite];
        int platformId, revokedId, keptId;
        await using (var scope = portal.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<RegulatorDbContext>();
            var issuer = scope.ServiceProvider.GetRequiredService<ApiKeyIssuer>();
            // Two active keys: each row's form must be told apart from the other's.
            var platform = await db.Platforms.Where(p => p.ProvinceCode == "31" && !p.ApiKeys.Any()).OrderBy(p => p.Id).FirstAsync();
            revokedId = (await issuer.IssueAsync(platform, "to revoke", PlatformApiScopes.All, "tests")).Key.Id;
            keptId = (await issuer.IssueAsync(platform, "to keep", PlatformApiScopes.All, "tests")).Key.Id;
            platformId = platform.Id;
        }
        var client = await portal.SignInAsync("national.admin");

        var page = await HtmlPage.GetAsync(client, $"/platforms/{platformId}");
        var response = await HtmlForm.Named(page, $"[key-{revokedId}]revoke-key").SubmitAsync(client);

        Assert.Equal($"/platforms/{platformId}", response.RedirectTarget());
        await using var check = portal.CreateDbContext();
        var keys = await check.PlatformApiKeys.IgnoreQueryFilters().Where(k => k.PlatformId == platformId).ToDictionaryAsync(k => k.Id);
        Assert.False(keys[revokedId].IsActive);
        Assert.True(keys[keptId].IsActive);
    }
}
