using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Regulator.Domain.Credit;
using Regulator.Domain.Inspections;
using Regulator.Domain.Inspections.Rules;
using Regulator.Domain.Persistence;
using Regulator.Tests.Credit;
using Regulator.Tests.Filings;
using Regulator.Tests.Infrastructure;
using Regulator.Web.Documents;
using static Regulator.Tests.Blacklist.BlacklistArrange;
using static Regulator.Tests.Credit.CreditArrange;

namespace Regulator.Tests.Inspections;

/// <summary>The inspection rule for publishers listed as untrustworthy entities still on air (issue 13 step 6), run as the nightly job runs it.</summary>
public sealed class UntrustworthyPublisherRuleTests(ProviderPortals portals) : IClassFixture<ProviderPortals>
{
    [Theory, BothProviders]
    public async Task A_live_filing_of_a_publisher_listed_on_the_inspection_day_is_a_finding_citing_the_listing_masked(DatabaseProvider provider)
    {
        var portal = portals[provider];
        var (listed, clean, notYet, ended) = (NewIdentity(), NewIdentity(), NewIdentity(), NewIdentity());
        // Platforms of their own (the inspected one in Beijing, which lists its publishers), so the demo data does not blur the count.
        int platformId, otherProvinceId;
        await using (var db = portal.CreateDbContext())
        {
            var platform = FilingTestData.Platform(0, "11");
            var other = FilingTestData.Platform(0, "44");
            db.Platforms.AddRange(platform, other);
            await db.SaveChangesAsync();
            (platformId, otherProvinceId) = (platform.Id, other.Id);
        }
        var filings = await FileAsync(portal, platformId,
            ("listed-on-air", listed), ("never-listed", clean), ("listed-tomorrow", notYet), ("listing-ended", ended));
        var elsewhere = await FileAsync(portal, otherProvinceId, ("listed-elsewhere", listed));

        var designation = await ListAsync(portal, filings["listed-on-air"]);
        var tomorrow = await ListAsync(portal, filings["listed-tomorrow"]);
        var yesterday = await ListAsync(portal, filings["listing-ended"]);
        await using (var db = portal.CreateDbContext())
        {
            // Still marked as listed: the dates alone must keep them out, as between the last day and the removal job.
            await db.UntrustworthyDesignations.IgnoreQueryFilters().Where(d => d.Id == tomorrow.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(d => d.StartsOn, d => d.StartsOn!.Value.AddDays(1)));
            await db.UntrustworthyDesignations.IgnoreQueryFilters().Where(d => d.Id == yesterday.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(d => d.EndsOn, d => d.StartsOn!.Value.AddDays(-1)));
        }

        await using var scope = portal.Services.CreateAsyncScope();
        Assert.Contains(scope.ServiceProvider.GetServices<IInspectionRule>(), r => r is UntrustworthyPublisherRule);
        var inspection = await scope.ServiceProvider.GetRequiredService<InspectionRunner>().RunAsync($"untrustworthy-publisher-{Guid.NewGuid():N}");

        await using var check = portal.CreateDbContext();
        var found = await check.Findings.Include(f => f.Evidence)
            .Where(f => f.InspectionId == inspection.Id && f.RuleCode == "untrustworthy-publisher").ToListAsync();
        var finding = Assert.Single(found, f => f.PlatformId == platformId);
        Assert.Equal((FindingCategory.Blacklist, FindingSeverity.Serious, "MCT-14", 1), (finding.Category, finding.Severity, finding.Article, finding.SubjectCount));
        var evidence = Assert.Single(finding.Evidence);
        Assert.Contains("主播 listed-on-air", evidence.Description);
        Assert.Contains($"失信主体名单 #{designation.Id}（", evidence.Description);
        Assert.Contains($"严重失信主体至 {designation.EndsOn:yyyy-MM-dd}", evidence.Description);
        Assert.Equal($"/filings/{filings["listed-on-air"]}", evidence.RecordHref);
        Assert.Equal(await check.Filings.Where(f => f.Id == filings["listed-on-air"]).Select(f => f.IdentityMasked).SingleAsync(), evidence.MaskedIdentity);
        // The other province's platform answers for its own filing; none of it is charged to this platform.
        Assert.DoesNotContain(finding.Evidence, e => e.Description.Contains("listed-elsewhere"));
        Assert.Equal($"/filings/{elsewhere["listed-elsewhere"]}", Assert.Single(Assert.Single(found, f => f.PlatformId == otherProvinceId).Evidence).RecordHref);
        Assert.All(found.SelectMany(f => f.Evidence), e => Assert.DoesNotContain(listed, e.Description + e.MaskedIdentity));

        // The findings notice words the rule and its article from the resources, with no number in clear.
        var inspected = await check.Platforms.AsNoTracking().Include(p => p.Licences).SingleAsync(p => p.Id == platformId);
        var html = WebUtility.HtmlDecode(await scope.ServiceProvider.GetRequiredService<DocumentHtmlRenderer>().RenderAsync<FindingsDocument>(new Dictionary<string, object?>
        {
            ["Model"] = new FindingsDocumentModel("北京市互联网信息办公室", "巡查〔2026〕1-1 号", inspected, inspection.InspectedOn, inspection.InspectedOn, [finding]),
        }));
        Assert.Contains("失信主体在本平台备案", html);
        Assert.Contains("《文化和旅游部办公厅关于加强网络文化市场未成年人保护工作的意见》第十四条", html);
        Assert.Contains("1 名备案主播被认定为失信主体", html);
        Assert.DoesNotContain(listed, html);
        Assert.DoesNotContain("Rule_", html);
        Assert.DoesNotContain("Article_", html);
    }

    /// <summary>Lists the filing's publisher as a serious untrustworthy entity through the procedure, as Beijing would (published today).</summary>
    private static async Task<UntrustworthyDesignation> ListAsync(PortalFactory portal, long filingId)
    {
        CreditSubject subject;
        await using (var national = new CreditArrange(portal, CreditArrange.National))
        {
            var filing = await national.Db.Filings.AsNoTracking().SingleAsync(f => f.Id == filingId);
            subject = await national.Subjects.PublisherAsync(filing.IdentityBlindIndex, ("", "", "11", filing.Agency));
        }
        await using var beijing = new CreditArrange(portal, CreditArrange.Beijing);
        var penalty = await beijing.Penalties.RecordAsync(subject.Id, $"京文旅罚〔2026〕{Random.Shared.Next(100000, 999999)}号", DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-3),
            CreditSeverity.Serious, "组织未成年人深夜直播", BeijingProposer);
        var fact = await beijing.Db.CreditFacts.AsNoTracking().SingleAsync(f => f.SourceType == nameof(AdministrativePenalty) && f.SourceId == penalty.Value.Id.ToString());
        var proposed = (await beijing.Procedure.ProposeAsync(new DesignationProposal(subject.Id, "serious-heavy-penalty", [fact.Id], "受到较重行政处罚"), BeijingProposer)).Value;
        await beijing.Procedure.RecordDefenceAsync(proposed.Id, "无异议", [], DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)), BeijingProposer);
        return (await beijing.Procedure.DecideAsync(proposed.Id, true, "依法认定", BeijingDecider)).Value;
    }
}
