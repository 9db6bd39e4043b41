using Microsoft.AspNetCore.WebUtilities;
using Regulator.Domain.Identity;
using Regulator.Domain.Seeding;
using Regulator.Tests.Infrastructure;
using Regulator.Web.Account;

namespace Regulator.Tests.Account;

public sealed class TwoFactorTests(ProviderPortals portals) : IClassFixture<ProviderPortals>
{
    private const string EnrolPath = "/account/two-factor";

    [Theory, BothProviders]
    public async Task Enrolling_an_authenticator_makes_sign_in_ask_for_its_code(DatabaseProvider provider)
    {
        var portal = portals[provider];
        var userName = await portal.CreateUserAsync(RegulatorRoles.ProvincialAdmin, "44");
        var client = await portal.SignInAsync(userName);

        var enrolment = await HtmlPage.GetAsync(client, EnrolPath);
        var uri = enrolment.QuerySelector("[data-testid=otpauth-uri]")!.TextContent.Trim();
        Assert.StartsWith("otpauth://totp/", uri);
        var sharedKey = QueryHelpers.ParseQuery(new Uri(uri).Query)["secret"].Single()!;
        Assert.Equal(sharedKey, enrolment.QuerySelector("[data-testid=shared-key]")!.TextContent.Replace(" ", "").ToUpperInvariant());
        // The QR code an app scans encodes that same URI.
        Assert.Equal(TotpQrCode.DataUri(uri), enrolment.QuerySelector("img[data-testid=otpauth-qr]")!.GetAttribute("src"));
        Assert.StartsWith("data:image/png;base64,", TotpQrCode.DataUri(uri));

        var enrolled = await HtmlForm.Named(enrolment, "enrol-2fa").SubmitAsync(client, Code(sharedKey));
        Assert.Equal(EnrolPath, enrolled.RedirectTarget());
        var confirmation = await HtmlPage.GetAsync(client, EnrolPath);
        Assert.Contains(PortalText.Of<AccountText>(portal, "TwoFactorIsOn"), confirmation.QuerySelector(".alert-success")?.TextContent);

        // From now on the password alone is not enough.
        var another = portal.CreatePortalClient();
        var codeStep = (await another.SubmitLoginAsync(userName, DemoUsers.Password)).RedirectTarget()!;
        Assert.StartsWith("/account/login-2fa?", codeStep);
        await another.AssertSignedOutAsync();

        var wrongCode = await HtmlForm.Named(await HtmlPage.GetAsync(another, codeStep), "login-2fa").SubmitAsync(another, Code(sharedKey, wrong: true));
        Assert.Equal(PortalText.Of<AccountText>(portal, "InvalidCode"), (await HtmlPage.ParseAsync(wrongCode)).QuerySelector(".alert-danger")?.TextContent.Trim());
        await another.AssertSignedOutAsync();

        var rightCode = await HtmlForm.Named(await HtmlPage.GetAsync(another, codeStep), "login-2fa").SubmitAsync(another, Code(sharedKey));
        Assert.Equal("/", rightCode.RedirectTarget());
        await HtmlPage.GetAsync(another, "/");
    }

    /// <summary>The authenticator's current code, or one with its first digit changed, which no time step near now yields.</summary>
    private static Dictionary<string, string> Code(string sharedKey, bool wrong = false)
    {
        var code = Totp.Code(sharedKey, DateTimeOffset.UtcNow);
        if (wrong) code = (char)('0' + (code[0] - '0' + 5) % 10) + code[1..];
        return new() { ["Input.Code"] = code };
    }
}
