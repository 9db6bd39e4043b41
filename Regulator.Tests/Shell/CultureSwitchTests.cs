using Regulator.Tests.Infrastructure;
using Regulator.Web.Account;

namespace Regulator.Tests.Shell;

public sealed class CultureSwitchTests(ProviderPortals portals) : IClassFixture<ProviderPortals>
{
    private PortalFactory Portal => portals[DatabaseProvider.Sqlite];

    [Fact]
    public async Task Chinese_is_the_default_and_the_switch_renders_English()
    {
        var client = Portal.CreatePortalClient();
        var chinese = await HtmlPage.GetAsync(client, PortalSignIn.LoginPath);
        Assert.Equal(PortalText.Of<AccountText>(Portal, "SignInTitle", PortalText.Chinese), chinese.QuerySelector("h1")?.TextContent.Trim());
        Assert.Equal(PortalText.Chinese, chinese.DocumentElement.GetAttribute("lang"));

        var switched = await client.GetAsync($"/culture?name=en&returnUrl={Uri.EscapeDataString(PortalSignIn.LoginPath)}");

        Assert.Equal(PortalSignIn.LoginPath, switched.RedirectTarget());
        var english = await HtmlPage.GetAsync(client, PortalSignIn.LoginPath);
        Assert.Equal("Sign in", english.QuerySelector("h1")?.TextContent.Trim());
        Assert.Equal(PortalText.English, english.DocumentElement.GetAttribute("lang"));
    }

    [Theory]
    [InlineData("//evil.example")]
    [InlineData("https://evil.example/")]
    [InlineData("/\\evil.example")]
    [InlineData("http:evil.example")]
    public async Task The_switch_never_returns_to_another_site(string returnUrl)
    {
        var response = await Portal.CreatePortalClient().GetAsync($"/culture?name=en&returnUrl={Uri.EscapeDataString(returnUrl)}");

        Assert.Equal("/", response.RedirectTarget());
    }

    [Fact]
    public async Task An_unsupported_language_is_ignored()
    {
        var client = Portal.CreatePortalClient();

        await client.GetAsync("/culture?name=fr&returnUrl=%2Faccount%2Flogin");

        var page = await HtmlPage.GetAsync(client, PortalSignIn.LoginPath);
        Assert.Equal(PortalText.Chinese, page.DocumentElement.GetAttribute("lang"));
    }
}
