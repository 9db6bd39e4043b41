using Regulator.Domain.Seeding;

namespace Regulator.Tests.Infrastructure;

/// <summary>Signs in through the real sign-in form, so every test that needs a user also exercises it.</summary>
public static class PortalSignIn
{
    public const string LoginPath = "/account/login";

    /// <summary>Fills in and posts the sign-in form; the response is whatever the portal answered.</summary>
    public static async Task<HttpResponseMessage> SubmitLoginAsync(this HttpClient client, string userName, string password, string? returnUrl = null)
    {
        var page = await HtmlPage.GetAsync(client, returnUrl is null ? LoginPath : $"{LoginPath}?ReturnUrl={Uri.EscapeDataString(returnUrl)}");
        return await HtmlForm.Named(page, "login").SubmitAsync(client, new Dictionary<string, string>
        {
            ["Input.UserName"] = userName,
            ["Input.Password"] = password,
        });
    }

    /// <summary>A client holding the authentication cookie of <paramref name="userName"/>.</summary>
    public static async Task<HttpClient> SignInAsync(this PortalFactory portal, string userName, string password = DemoUsers.Password)
    {
        var client = portal.CreatePortalClient();
        var response = await client.SubmitLoginAsync(userName, password);
        Assert.True(response.RedirectTarget() == "/", $"Signing in as {userName} answered {(int)response.StatusCode} {response.Headers.Location}, expected a redirect to the dashboard.");
        return client;
    }

    /// <summary>Asserts the client holds no valid sign-in: the dashboard sends it to the sign-in page.</summary>
    public static async Task AssertSignedOutAsync(this HttpClient client)
    {
        var target = (await client.GetAsync("/")).RedirectTarget();
        Assert.True(target?.StartsWith(LoginPath) == true, $"Expected the dashboard to send a signed-out visitor to {LoginPath}, but it answered with {target ?? "the page"}.");
    }
}
