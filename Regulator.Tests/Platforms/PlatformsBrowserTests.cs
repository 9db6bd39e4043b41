using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Regulator.Domain.Auditing;
using Regulator.Domain.Blacklist;
using Regulator.Tests.Blacklist;
using Regulator.Domain.Platforms;
using Regulator.Tests.Filings;
using Regulator.Tests.Infrastructure;
using Regulator.Web.Platforms;
using Regulator.Domain.Identity;

namespace Regulator.Tests.Platforms;

/// <summary>
/// The platform record and form in a real Chromium against the portal on a socket: a platform is registered and
/// corrected through the form, licences included; an API key is issued with the scopes ticked, shown once and
/// works at once; one of several keys is revoked after a dialog; a provincial user who types another province's
/// platform or blacklist entry into the address sees nothing of it, and no read is audited. Screenshots of the
/// record and the form in Chinese and English are kept with the walk's.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PlatformsBrowserTests(BrowserFixture browser, KestrelPortal portal)
{
    [Fact]
    public async Task A_platform_is_registered_and_corrected_through_the_form()
    {
        var uscc = FilingTestData.Uscc("11");
        var page = await NewPageAsync("bj.admin");
        await page.GotoInteractiveAsync("/platforms/new");

        await page.Field("[data-testid=name]").FillAsync("京测直播");
        await page.Field("[data-testid=uscc]").FillAsync(uscc);
        var licence = page.Locator($"[data-testid=licence-{LicenceKind.NetworkCulture}]");
        await Field(licence, "[data-testid=licence-number]").FillAsync("京网文〔2026〕0001-001");
        await Field(licence, "[data-testid=licence-valid-until]").FillAsync("2028-12-31");
        await Field(licence, "[data-testid=licence-valid-until]").PressAsync("Tab");
        await page.SaveScreenshotAsync("platform-form");
        await page.ClickAsync("[data-testid=save]");
        await page.WaitForURLAsync(url => !url.EndsWith("/new", StringComparison.Ordinal));

        int id;
        await using (var db = portal.CreateDbContext())
        {
            var platform = await db.Platforms.Include(p => p.Licences).SingleAsync(p => p.Uscc == uscc);
            id = platform.Id;
            Assert.Equal(($"/platforms/{platform.Id}", "京测直播", "11"), (new Uri(page.Url).AbsolutePath, platform.Name, platform.ProvinceCode));
            var held = Assert.Single(platform.Licences);
            Assert.Equal((LicenceKind.NetworkCulture, "京网文〔2026〕0001-001", new DateOnly(2028, 12, 31)), (held.Kind, held.Number, held.ValidUntil));
        }
        await Assertions.Expect(page.Locator("main h1")).ToHaveTextAsync("京测直播");
        await page.SaveScreenshotAsync("platform-record");

        await page.ClickAsync("[data-testid=edit]");
        await page.WaitForPageAsync($"/platforms/{id}/edit");
        await page.Field("[data-testid=name]").FillAsync("京测直播（更正）");
        await page.ClickAsync("[data-testid=save]");
        await page.WaitForPageAsync($"/platforms/{id}");
        await Assertions.Expect(page.Locator("main h1")).ToHaveTextAsync("京测直播（更正）");
        await using (var db = portal.CreateDbContext())
            Assert.Equal("京测直播（更正）", await db.Platforms.Where(p => p.Uscc == uscc).Select(p => p.Name).SingleAsync());

        // A mistake is told in the reader's language only.
        await page.GotoAsync($"/culture?name=en&returnUrl=%2Fplatforms%2F{id}%2Fedit");
        await page.WaitForCircuitAsync();
        await page.Field("[data-testid=uscc]").FillAsync("123");
        await page.ClickAsync("[data-testid=save]");
        var form = page.Locator("[data-testid=platform-form]");
        await Assertions.Expect(form.Locator(".mud-input-error").First).ToBeVisibleAsync();
        Assert.DoesNotMatch(@"\p{IsCJKUnifiedIdeographs}", await form.Locator(".mud-input-helper-text.mud-input-error").First.InnerTextAsync());
        await page.SaveScreenshotAsync("platform-form-en-mistake");
        // Corrected, the field's problem goes at once, before the next save.
        await page.Field("[data-testid=uscc]").FillAsync(uscc);
        await page.Field("[data-testid=uscc]").PressAsync("Tab");
        await Assertions.Expect(form.Locator(".mud-input-error")).ToHaveCountAsync(0);
        await page.GotoInteractiveAsync($"/platforms/{id}");
        await page.SaveScreenshotAsync("platform-record-en");
    }

    [Fact]
    public async Task A_key_gets_the_scopes_ticked_is_shown_once_works_at_once_and_one_of_several_is_revoked()
    {
        int platformId;
        await using (var db = portal.CreateDbContext())
            platformId = await db.Platforms.Where(p => p.ProvinceCode == "33" && !p.ApiKeys.Any()).OrderByDescending(p => p.Id).Select(p => p.Id).FirstAsync();
        var page = await NewPageAsync("zj.admin");
        await page.GotoInteractiveAsync($"/platforms/{platformId}");

        // Every scope is ticked at first; the credit ones are unticked for the second key.
        async Task<(string Key, PlatformApiScopes Scopes)> IssueAsync(string label, bool credit)
        {
            await page.Field("[data-testid=key-label]").FillAsync(label);
            foreach (var scope in new[] { PlatformApiScopes.CreditQuery, PlatformApiScopes.CreditMeasures })
                await page.SetTickedAsync($"[data-testid=scope-{scope}]", credit);
            await page.ClickAsync("[data-testid=issue]");
            await Assertions.Expect(page.Locator("[data-testid=api-keys] tr", new() { HasText = label })).ToBeVisibleAsync();
            var key = (await page.Locator("[data-testid=issued-key]").TextContentAsync())!.Trim();
            await using var db = portal.CreateDbContext();
            return (key, await db.PlatformApiKeys.Where(k => k.PlatformId == platformId && k.Label == label).Select(k => k.Scopes).SingleAsync());
        }

        var ticked = await IssueAsync($"信用-{Guid.NewGuid():N}"[..12], credit: true);
        var unticked = await IssueAsync($"黑名单-{Guid.NewGuid():N}"[..12], credit: false);

        Assert.Equal(PlatformApiScopes.All, ticked.Scopes);
        Assert.Equal(PlatformApiScopes.All & ~(PlatformApiScopes.CreditQuery | PlatformApiScopes.CreditMeasures), unticked.Scopes);
        Assert.StartsWith("rgk_", unticked.Key);
        Assert.Equal(System.Net.HttpStatusCode.OK, (await ClientWithKey(unticked.Key).GetAsync("/api/v1/platform")).StatusCode);
        await page.SaveScreenshotAsync("platform-record-keys");
        // Shown once: the page opened again holds no key.
        await page.GotoInteractiveAsync($"/platforms/{platformId}");
        await Assertions.Expect(page.Locator("[data-testid=issued-key]")).ToHaveCountAsync(0);
        Assert.DoesNotContain(unticked.Key, await page.ContentAsync());

        // Two active keys: the one whose row is clicked is revoked, the other kept.
        int revokedId, keptId;
        await using (var db = portal.CreateDbContext())
        {
            var keys = await db.PlatformApiKeys.IgnoreQueryFilters().Where(k => k.PlatformId == platformId).OrderBy(k => k.Id).Select(k => k.Id).ToListAsync();
            (revokedId, keptId) = (keys[0], keys[1]);
        }
        await page.Locator($"tr[data-key='{revokedId}'] [data-testid=revoke]").ClickAsync();
        await page.ClickAsync("[data-testid=confirm-ok]");
        await Assertions.Expect(page.Locator($"tr[data-key='{revokedId}']")).ToContainTextAsync(PortalText.Of<PlatformsText>(portal, "KeyRevoked"));
        await using (var db = portal.CreateDbContext())
        {
            var keys = await db.PlatformApiKeys.IgnoreQueryFilters().Where(k => k.PlatformId == platformId).ToDictionaryAsync(k => k.Id);
            Assert.False(keys[revokedId].IsActive);
            Assert.True(keys[keptId].IsActive);
        }
    }

    [Fact]
    public async Task A_provincial_user_who_types_another_provinces_platform_or_blacklist_entry_sees_nothing_of_it_and_no_read_is_audited()
    {
        Platform guangdong;
        await using (var db = portal.CreateDbContext()) guangdong = await db.Platforms.IgnoreQueryFilters().Where(p => p.ProvinceCode == "44").OrderBy(p => p.Id).FirstAsync();
        var entry = await BlacklistArrange.ProposeAsync(portal, BlacklistArrange.NewIdentity("44"), proposer: Actor.ProvincialAdministrator("gd.admin", "44"));
        var page = await NewPageAsync("bj.admin");

        foreach (var path in new[] { $"/platforms/{guangdong.Id}", $"/platforms/{guangdong.Id}/edit", $"/blacklist/{entry.Id}" })
        {
            // Typed into the address bar: the prerendered answer is 404.
            Assert.Equal(404, (await page.GotoAsync(path))!.Status);
            // Reached inside the live circuit: the same "not found".
            await page.GotoInteractiveAsync("/");
            await page.EvaluateAsync("url => Blazor.navigateTo(url)", path);
            await page.WaitForPageAsync(path);
            await Assertions.Expect(page.Locator("main h1")).ToHaveTextAsync("404");
            var content = await page.ContentAsync();
            foreach (var secret in new[] { guangdong.Name, guangdong.Uscc, entry.IdentityMasked, entry.Facts })
                Assert.DoesNotContain(secret, content);
        }
        await using (var db = portal.CreateDbContext())
            Assert.False(await db.AuditEntries.AnyAsync(a => a.UserName == "bj.admin"
                && (a.RecordId == guangdong.Id.ToString() && a.RecordType == nameof(Platform) || a.RecordId == entry.Id.ToString() && a.RecordType == nameof(BlacklistEntry))));
    }

    private HttpClient ClientWithKey(string key)
    {
        // The platform reaches the portal on its socket.
        var client = portal.CreatePortalClient();
        client.BaseAddress = portal.Address;
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return client;
    }

    private static ILocator Field(ILocator scope, string selector) => Field(scope.Locator(selector));

    private static ILocator Field(ILocator field) =>
        field.Locator("xpath=descendant-or-self::*[(self::input and not(@type='hidden')) or self::textarea]").First;

    private Task<IPage> NewPageAsync(string userName) => browser.NewPageAsync(portal, userName);
}
