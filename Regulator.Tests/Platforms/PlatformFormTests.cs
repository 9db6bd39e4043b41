using System.Net;
using Microsoft.EntityFrameworkCore;
using Regulator.Domain.Platforms;
using Regulator.Tests.Filings;
using Regulator.Tests.Infrastructure;

namespace Regulator.Tests.Platforms;

/// <summary>
/// The platform form as a browser posts it: a platform is registered and corrected, licences included; another
/// province's platform is not found, to read or to post to, and the post changes nothing.
/// </summary>
public sealed class PlatformFormTests(ProviderPortals portals) : IClassFixture<ProviderPortals>
{
    [Theory, BothProviders]
    public async Task A_platform_is_registered_and_corrected_through_the_form(DatabaseProvider provider)
    {
        var portal = portals[provider];
        var admin = await portal.SignInAsync("bj.admin");
        var uscc = FilingTestData.Uscc("11");

        var registered = await PostFormAsync(admin, "/platforms/new", new()
        {
            ["Input.Name"] = "京测直播", ["Input.Uscc"] = uscc, ["Input.ProvinceCode"] = "11", ["Input.Agency"] = "Cyberspace",
            ["Input.Licences[0].Number"] = "京网文〔2026〕0001-001", ["Input.Licences[0].ValidUntil"] = "2028-12-31",
        });

        Assert.Equal(HttpStatusCode.Redirect, registered.StatusCode);
        await using (var db = portal.CreateDbContext())
        {
            var platform = await db.Platforms.Include(p => p.Licences).SingleAsync(p => p.Uscc == uscc);
            Assert.Equal(($"/platforms/{platform.Id}", "京测直播", "11"), (registered.RedirectTarget(), platform.Name, platform.ProvinceCode));
            var licence = Assert.Single(platform.Licences);
            Assert.Equal(("京网文〔2026〕0001-001", new DateOnly(2028, 12, 31)), (licence.Number, licence.ValidUntil));

            var corrected = await PostFormAsync(admin, $"/platforms/{platform.Id}/edit", new() { ["Input.Name"] = "京测直播（更正）", ["Input.ProvinceCode"] = "11", ["Input.Agency"] = "Cyberspace" });
            Assert.True(corrected.RedirectTarget() == $"/platforms/{platform.Id}",
                $"{(int)corrected.StatusCode}: {(await HtmlPage.ParseAsync(corrected)).QuerySelector("form")?.TextContent}");
        }
        await using (var db = portal.CreateDbContext())
            Assert.Equal("京测直播（更正）", await db.Platforms.Where(p => p.Uscc == uscc).Select(p => p.Name).SingleAsync());
    }

    [Theory, BothProviders]
    public async Task Another_provinces_platform_cannot_be_opened_or_corrected(DatabaseProvider provider)
    {
        var portal = portals[provider];
        var admin = await portal.SignInAsync("bj.admin");
        Platform guangdong;
        await using (var db = portal.CreateDbContext()) guangdong = await db.Platforms.FirstAsync(p => p.ProvinceCode == "44");
        var ownPage = await HtmlPage.GetAsync(admin, $"/platforms/{await OwnPlatformIdAsync(portal)}/edit");

        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/platforms/{guangdong.Id}/edit")).StatusCode);
        var fields = new Dictionary<string, string>(HtmlForm.Named(ownPage, "platform").Fields()) { ["Input.Name"] = "改名", ["Input.ProvinceCode"] = "11" };
        var posted = await admin.PostAsync($"/platforms/{guangdong.Id}/edit", new FormUrlEncodedContent(fields));

        Assert.True(posted.StatusCode == HttpStatusCode.NotFound, $"answered {(int)posted.StatusCode}");
        Assert.DoesNotContain(guangdong.Uscc, await posted.Content.ReadAsStringAsync());
        await using (var db = portal.CreateDbContext())
            Assert.Equal(guangdong.Name, await db.Platforms.Where(p => p.Id == guangdong.Id).Select(p => p.Name).SingleAsync());
    }

    private static async Task<int> OwnPlatformIdAsync(PortalFactory portal)
    {
        await using var db = portal.CreateDbContext();
        return await db.Platforms.Where(p => p.ProvinceCode == "11").Select(p => p.Id).FirstAsync();
    }

    // The rendered form's own fields (token, handler, the licence rows) with the given values set, as a browser sends them.
    private static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string path, Dictionary<string, string> values)
    {
        var page = await HtmlPage.GetAsync(client, path);
        var fields = new Dictionary<string, string>(HtmlForm.Named(page, "platform").Fields());
        foreach (var (name, value) in values) fields[name] = value;
        return await client.PostAsync(path, new FormUrlEncodedContent(fields));
    }
}
