using System.Net;
using System.Text.Json;
using Regulator.Tests.Infrastructure;

namespace Regulator.Tests.Shell;

public sealed class ShellEndpointTests(ProviderPortals portals) : IClassFixture<ProviderPortals>
{
    [Theory, BothProviders]
    public async Task Health_answers_200_to_anyone_when_the_database_is_reachable(DatabaseProvider provider)
    {
        var response = await portals[provider].CreatePortalClient().GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_openapi_document_describes_the_platform_api()
    {
        var response = await portals[DatabaseProvider.Sqlite].CreatePortalClient().GetAsync("/openapi/v1.json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.StartsWith("3.", document.RootElement.GetProperty("openapi").GetString());
        Assert.True(document.RootElement.GetProperty("paths").TryGetProperty("/api/v1/platform", out _));
    }

    [Fact]
    public async Task A_missing_page_leads_a_visitor_to_the_public_results_and_staff_back_to_their_workbench()
    {
        var portal = portals[DatabaseProvider.Sqlite];

        var visitor = await portal.CreatePortalClient().GetAsync("/spot-checks/public/999999");
        var staff = await (await portal.SignInAsync("bj.admin")).GetAsync("/no-such-page");

        Assert.Equal(HttpStatusCode.NotFound, visitor.StatusCode);
        var visitorPage = await HtmlPage.ParseAsync(visitor);
        Assert.Equal(["/spot-checks/public"], visitorPage.QuerySelectorAll("main .text-center a").Select(a => a.GetAttribute("href")));
        var staffPage = await HtmlPage.ParseAsync(staff);
        Assert.Equal(["/"], staffPage.QuerySelectorAll("main .text-center a").Select(a => a.GetAttribute("href")));
    }
}
