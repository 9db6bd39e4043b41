using System.Net;
using Microsoft.EntityFrameworkCore;
using Regulator.Domain.Auditing;
using Regulator.Domain.Seeding;
using Regulator.Tests.Infrastructure;
using Regulator.Web.Account;

namespace Regulator.Tests.Account;

public sealed class SignInTests(ProviderPortals portals) : IClassFixture<ProviderPortals>
{
    [Theory, BothProviders]
    public async Task A_demo_user_signs_in_and_the_sign_in_is_audited(DatabaseProvider provider)
    {
        var portal = portals[provider];

        var client = await portal.SignInAsync("bj.admin");

        var home = await HtmlPage.GetAsync(client, "/");
        Assert.Contains("北京市网信办管理员", home.QuerySelector("header")!.TextContent);
        await using var db = portal.CreateDbContext();
        Assert.Equal(1, await db.AuditEntries.CountAsync(a => a.Action == AuditActions.SignIn && a.Details == "bj.admin"));
    }

    [Theory, BothProviders]
    public async Task A_wrong_password_shows_the_error_and_signs_nobody_in(DatabaseProvider provider)
    {
        var portal = portals[provider];
        var client = portal.CreatePortalClient();

        var response = await client.SubmitLoginAsync("gd.inspector", "Wrong#Password1");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await HtmlPage.ParseAsync(response);
        Assert.Equal(PortalText.Of<AccountText>(portal, "InvalidSignIn"), page.QuerySelector(".alert-danger")?.TextContent.Trim());
        await client.AssertSignedOutAsync();
        await using var db = portal.CreateDbContext();
        Assert.True(await db.AuditEntries.AnyAsync(a => a.Action == AuditActions.SignInFailed && a.Details == "gd.inspector"));
    }

    [Fact]
    public async Task An_anonymous_visitor_is_sent_to_the_sign_in_page()
    {
        await portals[DatabaseProvider.Sqlite].CreatePortalClient().AssertSignedOutAsync();
    }

    [Theory]
    [InlineData("/credit", "/credit")]
    [InlineData("//evil.example", "/")]
    [InlineData("https://evil.example/", "/")]
    [InlineData("/\\evil.example", "/")]
    public async Task Signing_in_returns_only_to_a_local_address(string returnUrl, string expected)
    {
        var client = portals[DatabaseProvider.Sqlite].CreatePortalClient();

        var response = await client.SubmitLoginAsync("zj.admin", DemoUsers.Password, returnUrl);

        Assert.Equal(expected, response.RedirectTarget());
    }
}
