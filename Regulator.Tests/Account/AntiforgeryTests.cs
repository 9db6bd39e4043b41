using System.Net;
using Regulator.Domain.Seeding;
using Regulator.Tests.Infrastructure;

namespace Regulator.Tests.Account;

/// <summary>A sign-in posted from another site (no token, a made-up one, or someone else's) must not get through.</summary>
public sealed class AntiforgeryTests(ProviderPortals portals) : IClassFixture<ProviderPortals>
{
    public enum Forgery
    {
        NoToken,
        MadeUpToken,
        AnotherVisitorsToken,
    }

    [Theory]
    [InlineData(Forgery.NoToken)]
    [InlineData(Forgery.MadeUpToken)]
    [InlineData(Forgery.AnotherVisitorsToken)]
    public async Task A_forged_sign_in_is_rejected(Forgery forgery)
    {
        var portal = portals[DatabaseProvider.Sqlite];
        var victim = portal.CreatePortalClient();
        var fields = new Dictionary<string, string>
        {
            ["_handler"] = "login",
            ["Input.UserName"] = "national.admin",
            ["Input.Password"] = DemoUsers.Password,
        };
        // The victim has visited the portal before, so it holds an antiforgery cookie of its own.
        var victimsPage = await HtmlPage.GetAsync(victim, PortalSignIn.LoginPath);
        switch (forgery)
        {
            case Forgery.MadeUpToken:
                fields["__RequestVerificationToken"] = "CfDJ8-forged-token";
                break;
            case Forgery.AnotherVisitorsToken:
                var attackersPage = await HtmlPage.GetAsync(portal.CreatePortalClient(), PortalSignIn.LoginPath);
                fields["__RequestVerificationToken"] = HtmlForm.Named(attackersPage, "login").Fields()["__RequestVerificationToken"];
                Assert.NotEqual(HtmlForm.Named(victimsPage, "login").Fields()["__RequestVerificationToken"], fields["__RequestVerificationToken"]);
                break;
        }

        var response = await victim.PostAsync(PortalSignIn.LoginPath, new FormUrlEncodedContent(fields));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await victim.AssertSignedOutAsync();
    }
}
