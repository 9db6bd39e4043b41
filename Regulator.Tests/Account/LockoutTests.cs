using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Regulator.Domain.Auditing;
using Regulator.Domain.Identity;
using Regulator.Domain.Seeding;
using Regulator.Tests.Infrastructure;
using Regulator.Web.Account;

namespace Regulator.Tests.Account;

public sealed class LockoutTests(ProviderPortals portals) : IClassFixture<ProviderPortals>
{
    [Theory, BothProviders]
    public async Task Repeated_failures_lock_the_account_even_against_the_right_password(DatabaseProvider provider)
    {
        var portal = portals[provider];
        var userName = await portal.CreateUserAsync(RegulatorRoles.ProvincialInspector, "11");
        // Identity:MaxFailedAccessAttempts in appsettings.json (5) sets it; read what the portal actually uses.
        var allowed = portal.Services.GetRequiredService<IOptions<IdentityOptions>>().Value.Lockout.MaxFailedAccessAttempts;
        Assert.Equal(5, allowed);
        var client = portal.CreatePortalClient();

        for (var attempt = 1; attempt < allowed; attempt++)
            Assert.Equal(PortalText.Of<AccountText>(portal, "InvalidSignIn"), await ErrorShownAsync(client, userName, "Wrong#Password1"));
        Assert.Equal(PortalText.Of<AccountText>(portal, "LockedOut"), await ErrorShownAsync(client, userName, "Wrong#Password1"));

        Assert.Equal(PortalText.Of<AccountText>(portal, "LockedOut"), await ErrorShownAsync(client, userName, DemoUsers.Password));
        await client.AssertSignedOutAsync();
        await using var db = portal.CreateDbContext();
        Assert.Equal(2, await db.AuditEntries.CountAsync(a => a.Action == AuditActions.LockedOut && a.Details == userName));
    }

    private static async Task<string?> ErrorShownAsync(HttpClient client, string userName, string password)
    {
        var response = await client.SubmitLoginAsync(userName, password);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await HtmlPage.ParseAsync(response)).QuerySelector(".alert-danger")?.TextContent.Trim();
    }
}
