using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.Extensions.DependencyInjection;
using Regulator.Domain.Common;
using Regulator.Domain.Identity;
using Regulator.Domain.Seeding;
using Regulator.Tests.Infrastructure;

namespace Regulator.Tests.Account;

/// <summary>
/// A session ends on the server, not only in the browser: a copy of the sign-in cookie taken before signing out, a
/// password change, a lockout or a role change opens nothing afterwards. Signing out needs the form's token.
/// </summary>
public sealed class SessionEndTests(ProviderPortals portals) : IClassFixture<ProviderPortals>
{
    public enum Ending
    {
        SignOut,
        PasswordChange,
        Lockout,
        RoleChange,
    }

    [Theory]
    [InlineData(Ending.SignOut)]
    [InlineData(Ending.PasswordChange)]
    [InlineData(Ending.Lockout)]
    [InlineData(Ending.RoleChange)]
    public async Task A_cookie_copied_before_the_session_ended_opens_nothing(Ending ending)
    {
        var portal = portals[DatabaseProvider.Sqlite];
        var userName = await portal.CreateUserAsync(RegulatorRoles.ProvincialAdmin, "11");
        var (client, cookies) = await SignInWithCookiesAsync(portal, userName);
        var copied = cookies.GetCookieHeader(client.BaseAddress!);
        Assert.Equal(HttpStatusCode.OK, (await Replay(portal, copied).GetAsync("/filings")).StatusCode);

        await using (var scope = portal.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<RegulatorUser>>();
            var user = (await users.FindByNameAsync(userName))!;
            switch (ending)
            {
                case Ending.SignOut:
                    var page = await HtmlPage.GetAsync(client, "/");
                    var token = page.QuerySelector("form[action='/account/logout'] input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
                    var signedOut = await client.PostAsync("/account/logout", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
                    Assert.Equal("/account/login", signedOut.RedirectTarget());
                    break;
                case Ending.PasswordChange:
                    Assert.True((await users.ChangePasswordAsync(user, DemoUsers.Password, "Another-Passw0rd!")).Succeeded);
                    break;
                case Ending.Lockout:
                    // A lockout, whether by an administrator or by failed sign-ins, refuses the cookie while it lasts.
                    await users.SetLockoutEndDateAsync(user, DateTimeOffset.UtcNow.AddMinutes(15));
                    break;
                case Ending.RoleChange:
                    var updated = await scope.ServiceProvider.GetRequiredService<StaffDirectory>()
                        .UpdateAsync(user.Id, new StaffDraft(userName, user.DisplayName, RegulatorRoles.ProvincialInspector, Agency.Cyberspace, "11", null));
                    Assert.True(updated.Succeeded, updated.ToString());
                    break;
            }
        }

        var replayed = await Replay(portal, copied).GetAsync("/filings");
        Assert.Equal(HttpStatusCode.Redirect, replayed.StatusCode);
        Assert.StartsWith(PortalSignIn.LoginPath, replayed.RedirectTarget());
    }

    [Fact]
    public async Task Signing_out_without_the_forms_token_is_refused_and_the_session_goes_on()
    {
        var portal = portals[DatabaseProvider.Sqlite];
        var client = await portal.SignInAsync(await portal.CreateUserAsync(RegulatorRoles.ProvincialInspector, "11"));

        var forged = await client.PostAsync("/account/logout", new FormUrlEncodedContent(new Dictionary<string, string>()));

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Contains("安全令牌", await forged.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/filings")).StatusCode);
    }

    private static async Task<(HttpClient Client, System.Net.CookieContainer Cookies)> SignInWithCookiesAsync(PortalFactory portal, string userName)
    {
        var cookies = new CookieContainer();
        var client = portal.CreateDefaultClient(new CookieContainerHandler(cookies));
        var response = await client.SubmitLoginAsync(userName, DemoUsers.Password);
        Assert.Equal("/", response.RedirectTarget());
        return (client, cookies);
    }

    // Another client that sends the copied cookie header and nothing else, as someone who stole it would.
    private static HttpClient Replay(PortalFactory portal, string cookieHeader)
    {
        var client = portal.CreateDefaultClient();
        client.DefaultRequestHeaders.Add("Cookie", cookieHeader);
        return client;
    }
}
