using System.Net;
using Microsoft.EntityFrameworkCore;
using Regulator.Domain.Auditing;
using Regulator.Tests.Infrastructure;

namespace Regulator.Tests.Platforms;

/// <summary>
/// Province scoping seen from outside: a provincial user who types another province's record into the address
/// bar learns nothing, not even that it exists, and the audit log records no read.
/// </summary>
public sealed class PlatformScopingTests(ProviderPortals portals) : IClassFixture<ProviderPortals>
{
    [Theory, BothProviders]
    public async Task Another_provinces_platform_is_not_found_and_no_read_is_audited(DatabaseProvider provider)
    {
        var portal = portals[provider];
        var guangdong = await PlatformIdInAsync(portal, "44");
        var client = await portal.SignInAsync("bj.admin");

        var response = await client.GetAsync($"/platforms/{guangdong}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        await using var db = portal.CreateDbContext();
        var platform = await db.Platforms.SingleAsync(p => p.Id == guangdong);
        // Razor writes Chinese as character references, so compare the text a reader would see.
        var page = (await HtmlPage.ParseAsync(response)).DocumentElement.TextContent;
        Assert.DoesNotContain(platform.Name, page);
        Assert.DoesNotContain(platform.Uscc, page);
        Assert.Equal(0, await ViewsAuditedAsync(portal, "bj.admin", guangdong));
    }

    [Theory, BothProviders]
    public async Task An_own_provinces_platform_is_shown_and_the_read_is_audited(DatabaseProvider provider)
    {
        var portal = portals[provider];
        var beijing = await PlatformIdInAsync(portal, "11");
        var client = await portal.SignInAsync("bj.inspector");

        await HtmlPage.GetAsync(client, $"/platforms/{beijing}");

        Assert.Equal(1, await ViewsAuditedAsync(portal, "bj.inspector", beijing));
    }

    [Theory, BothProviders]
    public async Task A_national_user_reads_any_province(DatabaseProvider provider)
    {
        var portal = portals[provider];
        var client = await portal.SignInAsync("national.analyst");

        foreach (var province in new[] { "11", "44" }) await HtmlPage.GetAsync(client, $"/platforms/{await PlatformIdInAsync(portal, province)}");
    }

    private static async Task<int> PlatformIdInAsync(PortalFactory portal, string provinceCode)
    {
        await using var db = portal.CreateDbContext();
        return await db.Platforms.Where(p => p.ProvinceCode == provinceCode).OrderBy(p => p.Id).Select(p => p.Id).FirstAsync();
    }

    // Per user: the tests of this class share a portal, and another may have viewed the same platform.
    private static async Task<int> ViewsAuditedAsync(PortalFactory portal, string userName, int platformId)
    {
        await using var db = portal.CreateDbContext();
        return await db.AuditEntries.CountAsync(a => a.Action == AuditActions.PlatformViewed && a.UserName == userName && a.RecordId == platformId.ToString());
    }
}
