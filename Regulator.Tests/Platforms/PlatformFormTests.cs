using System.Net;
using Microsoft.EntityFrameworkCore;
using Regulator.Domain.Common;
using Regulator.Domain.Platforms;
using Regulator.Tests.Filings;
using Regulator.Tests.Infrastructure;
using Regulator.Web.Platforms;

namespace Regulator.Tests.Platforms;

/// <summary>
/// The platform form on both providers: its first render, and the registry steps its button runs as the signed-in
/// administrator (a platform is registered and corrected, licences included); another province's platform is not
/// found, to read, to post to or to correct, and nothing changes. The clicks are in <see cref="PlatformsBrowserTests"/>.
/// </summary>
public sealed class PlatformFormTests(ProviderPortals portals) : IClassFixture<ProviderPortals>
{
    [Theory, BothProviders]
    public async Task A_platform_is_registered_and_corrected_through_the_forms_steps(DatabaseProvider provider)
    {
        var portal = portals[provider];
        var admin = await portal.SignInAsync("bj.admin");
        var uscc = FilingTestData.Uscc("11");
        Assert.NotNull((await HtmlPage.GetAsync(admin, "/platforms/new")).QuerySelector("[data-testid=platform-form]"));

        var form = PlatformForm.Empty("11");
        (form.Name, form.Uscc) = ("京测直播", uscc);
        form.Licences[0].Number = "京网文〔2026〕0001-001";
        form.Licences[0].ValidUntil = new DateOnly(2028, 12, 31);
        var registered = await portal.AsAsync<PlatformRegistry, StepResult<Platform>>("bj.admin", (registry, _) => registry.RegisterAsync(form.ToDraft()));

        Assert.True(registered.Succeeded, registered.ToString());
        await using (var db = portal.CreateDbContext())
        {
            var platform = await db.Platforms.Include(p => p.Licences).SingleAsync(p => p.Uscc == uscc);
            Assert.Equal((registered.Value.Id, "京测直播", "11"), (platform.Id, platform.Name, platform.ProvinceCode));
            var licence = Assert.Single(platform.Licences);
            Assert.Equal(("京网文〔2026〕0001-001", new DateOnly(2028, 12, 31)), (licence.Number, licence.ValidUntil));

            // The edit form opens filled in with the platform as stored.
            var edit = await HtmlPage.GetAsync(admin, $"/platforms/{platform.Id}/edit");
            Assert.Contains("京测直播", edit.QuerySelector("[data-testid=name]")!.OuterHtml);
            var correction = PlatformForm.From(platform);
            correction.Name = "京测直播（更正）";
            var corrected = await portal.AsAsync<PlatformRegistry, StepResult<Platform>>("bj.admin", (registry, _) => registry.CorrectAsync(platform.Id, correction.ToDraft()));
            Assert.True(corrected.Succeeded, corrected.ToString());
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
        await using (var db = portal.CreateDbContext()) guangdong = await db.Platforms.Include(p => p.Licences).FirstAsync(p => p.ProvinceCode == "44");

        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/platforms/{guangdong.Id}/edit")).StatusCode);
        var token = (await HtmlPage.GetAsync(admin, "/platforms/new")).QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value") ?? "";
        var posted = await admin.PostAsync($"/platforms/{guangdong.Id}/edit", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["Input.Name"] = "改名", ["Input.ProvinceCode"] = "11",
        }));
        Assert.True((int)posted.StatusCode is >= 400 and < 500, $"answered {(int)posted.StatusCode}");
        Assert.DoesNotContain(guangdong.Uscc, await posted.Content.ReadAsStringAsync());

        // The correction step itself, as the form's button would run it for Beijing's administrator: not found.
        var correction = PlatformForm.From(guangdong);
        (correction.Name, correction.ProvinceCode) = ("改名", "11");
        Assert.Equal(StepStatus.NotFound, (await portal.AsAsync<PlatformRegistry, StepResult<Platform>>("bj.admin", (registry, _) => registry.CorrectAsync(guangdong.Id, correction.ToDraft()))).Status);
        // Nor may it issue or revoke a key of that platform.
        Assert.Equal(StepStatus.NotFound, (await portal.AsAsync<ApiKeyIssuer, StepResult<ApiKeyIssuer.IssuedKey>>("bj.admin", (keys, _) => keys.IssueAsync(guangdong.Id, "越省", PlatformApiScopes.All))).Status);
        await using (var db = portal.CreateDbContext())
            Assert.Equal(guangdong.Name, await db.Platforms.Where(p => p.Id == guangdong.Id).Select(p => p.Name).SingleAsync());
    }

    [Theory, BothProviders]
    public async Task An_inspector_is_refused_by_the_registry_and_key_steps_themselves(DatabaseProvider provider)
    {
        var portal = portals[provider];
        int platformId;
        await using (var db = portal.CreateDbContext()) platformId = await db.Platforms.Where(p => p.ProvinceCode == "11").Select(p => p.Id).FirstAsync();
        var form = PlatformForm.Empty("11");
        (form.Name, form.Uscc) = ("检查员登记", FilingTestData.Uscc("11"));

        var refused = await portal.AsAsync<PlatformRegistry, StepResult<Platform>>("bj.inspector", (registry, _) => registry.RegisterAsync(form.ToDraft()));
        Assert.Equal(StepStatus.Refused, refused.Status);
        Assert.Equal(StepStatus.Refused, (await portal.AsAsync<ApiKeyIssuer, StepResult<ApiKeyIssuer.IssuedKey>>("bj.inspector",
            (keys, _) => keys.IssueAsync(platformId, "越权", PlatformApiScopes.All))).Status);
        int keyId;
        await using (var db = portal.CreateDbContext()) keyId = await db.PlatformApiKeys.Where(k => k.PlatformId == platformId).Select(k => k.Id).FirstOrDefaultAsync();
        Assert.Equal(StepStatus.Refused, (await portal.AsAsync<ApiKeyIssuer, StepResult<PlatformApiKey>>("bj.inspector", (keys, _) => keys.RevokeAsync(platformId, keyId))).Status);
        Assert.Equal(StepStatus.Refused, (await portal.AsAsync<PlatformRegistry, StepResult<Platform>>("bj.inspector", (registry, _) => registry.CorrectAsync(platformId, form.ToDraft()))).Status);
        await using (var db = portal.CreateDbContext())
        {
            Assert.False(await db.Platforms.AnyAsync(p => p.Name == "检查员登记"));
            Assert.False(await db.PlatformApiKeys.AnyAsync(k => k.Label == "越权"));
        }
    }
}
