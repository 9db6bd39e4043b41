using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Regulator.Domain.Filings;
using Regulator.Domain.Identity;
using Regulator.Domain.Persistence;
using Regulator.Domain.Platforms;
using Regulator.Domain.Scoping;
using Regulator.Tests.Filings;
using Regulator.Tests.Infrastructure;
using Regulator.Web.Api;

namespace Regulator.Tests.Persistence;

/// <summary>
/// Scoping with the actor the portal really builds from a request (not a stand-in): a signed-in member of staff with a
/// provincial role but no province reads nothing, and a platform's key request is scoped to that platform by the actor
/// itself, not only by the filters an endpoint happens to add.
/// </summary>
public sealed class RequestActorScopingTests(ProviderPortals portals) : IClassFixture<ProviderPortals>
{
    [Theory, BothProviders]
    public async Task A_signed_in_user_with_neither_province_nor_national_role_reads_nothing(DatabaseProvider provider)
    {
        var portal = portals[provider];
        var nobody = await portal.SignInAsync(await portal.CreateUserAsync(RegulatorRoles.ProvincialAdmin));
        var beijing = await portal.SignInAsync("bj.admin");
        await using var db = portal.CreateDbContext();
        var names = await db.Platforms.Select(p => p.Name).ToListAsync();
        var publisherIds = await db.Filings.Select(f => f.PlatformPublisherId).ToListAsync();

        // The same lists a provincial administrator sees filled are empty for this user.
        var (theirPlatforms, ourPlatforms) = (await Text(beijing, "/platforms"), await Text(nobody, "/platforms"));
        var (theirFilings, ourFilings) = (await Text(beijing, "/filings"), await Text(nobody, "/filings"));
        Assert.Contains(names, theirPlatforms.Contains);
        Assert.DoesNotContain(names, ourPlatforms.Contains);
        Assert.Contains(publisherIds, theirFilings.Contains);
        Assert.DoesNotContain(publisherIds, ourFilings.Contains);
        foreach (var province in new[] { "11", "44" })
        {
            var id = await db.Platforms.Where(p => p.ProvinceCode == province).Select(p => p.Id).FirstAsync();
            Assert.Equal(HttpStatusCode.NotFound, (await nobody.GetAsync($"/platforms/{id}")).StatusCode);
        }
    }

    [Theory, BothProviders]
    public async Task A_platform_key_request_is_scoped_to_that_platform_by_its_actor(DatabaseProvider provider)
    {
        var portal = portals[provider];
        // Two platforms of one province, each with a filing: the province alone would not tell them apart.
        var mine = await FilingsApiClient.ForNewPlatformAsync(portal, "33");
        var neighbour = await FilingsApiClient.ForNewPlatformAsync(portal, "33");
        (await mine.PostAsync(FilingsApiClient.AdultJson("mine-1", FilingTestData.ResidentIdAged(30)))).EnsureSuccessStatusCode();
        (await neighbour.PostAsync(FilingsApiClient.AdultJson("theirs-1", FilingTestData.ResidentIdAged(30)))).EnsureSuccessStatusCode();

        // The request as the pipeline sees it: the key's own authentication handler, then the actor and context of that request.
        await using var scope = portal.Services.CreateAsyncScope();
        var http = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
        http.Request.Headers.Authorization = mine.Http.DefaultRequestHeaders.Authorization!.ToString();
        var authenticated = await http.AuthenticateAsync(PlatformApiKeyAuthentication.SchemeName);
        Assert.True(authenticated.Succeeded);
        http.User = authenticated.Principal!;
        scope.ServiceProvider.GetRequiredService<IHttpContextAccessor>().HttpContext = http;

        var actor = scope.ServiceProvider.GetRequiredService<ICurrentActor>();
        Assert.Equal(mine.Platform.Id, actor.PlatformId);
        Assert.False(actor.IsNational);
        var seen = await scope.ServiceProvider.GetRequiredService<RegulatorDbContext>().Filings.Select(f => f.PlatformPublisherId).ToListAsync();
        Assert.Equal(["mine-1"], seen);
    }

    private static async Task<string> Text(HttpClient client, string path) => (await HtmlPage.GetAsync(client, path)).QuerySelector("main")!.TextContent;
}
