using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Regulator.Domain.Filings;
using Regulator.Domain.Inspections;
using Regulator.Domain.Inspections.Rules;
using Regulator.Domain.Persistence;
using Regulator.Tests.Blacklist;
using Regulator.Tests.Filings;
using Regulator.Tests.Infrastructure;
using Regulator.Web.Documents;
using static Regulator.Tests.Blacklist.BlacklistArrange;

namespace Regulator.Tests.Inspections;

/// <summary>The inspection rule for identities on the published blacklist still filed on a platform, run as the nightly job runs it.</summary>
public sealed class BlacklistedIdentityRuleTests(BlacklistPortals portals) : IClassFixture<BlacklistPortals>
{
    [Theory, BothProviders]
    public async Task A_live_filing_of_an_identity_blacklisted_through_another_platform_is_a_severe_finding_citing_it_masked(DatabaseProvider provider)
    {
        var portal = portals[provider];
        var (onAir, lifted, clean) = (NewIdentity(), NewIdentity(), NewIdentity());
        // A platform of its own, so the demo data's matches do not blur the count.
        int platformId;
        await using (var db = portal.CreateDbContext())
        {
            var platform = FilingTestData.Platform(0, "44");
            db.Platforms.Add(platform);
            await db.SaveChangesAsync();
            platformId = platform.Id;
        }
        var filings = await FileAsync(portal, platformId,
            ("still-on-air", onAir), ("served-lifted", lifted), ("never-listed", clean), ("withdrawn-since", onAir));
        await using (var db = portal.CreateDbContext())
            await db.Filings.Where(f => f.Id == filings["withdrawn-since"]).ExecuteUpdateAsync(s => s.SetProperty(f => f.Status, FilingStatus.Withdrawn));

        var entry = await PublishAsync(portal, onAir);
        await LiftAsync(portal, (await PublishAsync(portal, lifted)).Id);
        // Filed where the person was blacklisted: that platform knows, and the page and the rule leave it out.
        var blacklistedThrough = entry.PlatformIds.Single();
        await FileAsync(portal, blacklistedThrough, ("where-blacklisted", onAir));

        await using var scope = portal.Services.CreateAsyncScope();
        Assert.Contains(scope.ServiceProvider.GetServices<IInspectionRule>(), r => r is BlacklistedIdentityRule);
        var inspection = await scope.ServiceProvider.GetRequiredService<InspectionRunner>().RunAsync($"blacklisted-identity-{Guid.NewGuid():N}");

        await using var check = portal.CreateDbContext();
        var found = await check.Findings.Include(f => f.Evidence)
            .Where(f => f.InspectionId == inspection.Id && f.RuleCode == "blacklisted-identity").ToListAsync();
        var finding = Assert.Single(found, f => f.PlatformId == platformId);
        Assert.Equal((FindingCategory.Blacklist, FindingSeverity.Severe, "CAC-15", 1), (finding.Category, finding.Severity, finding.Article, finding.SubjectCount));
        var evidence = Assert.Single(finding.Evidence);
        Assert.Contains("主播 still-on-air", evidence.Description);
        Assert.Contains($"全国黑名单 #{entry.Id}（传播淫秽色情信息", evidence.Description);
        Assert.Contains($"限期禁入至 {entry.EndsOn:yyyy-MM-dd}", evidence.Description);
        Assert.Equal(entry.IdentityMasked, evidence.MaskedIdentity);
        Assert.Equal($"/filings/{filings["still-on-air"]}", evidence.RecordHref);
        Assert.DoesNotContain(found.SelectMany(f => f.Evidence), e => e.Description.Contains("where-blacklisted"));
        Assert.All(found.SelectMany(f => f.Evidence), e => Assert.DoesNotContain(onAir, e.Description + e.MaskedIdentity));

        // The findings notice words the rule, its category and its article from the resources.
        var inspected = await check.Platforms.AsNoTracking().Include(p => p.Licences).SingleAsync(p => p.Id == platformId);
        var html = WebUtility.HtmlDecode(await scope.ServiceProvider.GetRequiredService<DocumentHtmlRenderer>().RenderAsync<FindingsDocument>(new Dictionary<string, object?>
        {
            ["Model"] = new FindingsDocumentModel("广东省互联网信息办公室", "巡查〔2026〕1-1 号", inspected, inspection.InspectedOn, inspection.InspectedOn, [finding]),
        }));
        Assert.Contains("黑名单人员在本平台备案", html);
        Assert.Contains("黑名单管理", html);
        Assert.Contains("《互联网直播服务管理规定》第十五条", html);
        Assert.Contains("1 名备案主播的身份在全国黑名单中", html);
        Assert.DoesNotContain("Rule_", html);
        Assert.DoesNotContain("Article_", html);
    }
}
