using System.Net.Http.Json;
using System.Text.Json;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Regulator.Domain.Blacklist;
using Regulator.Domain.Common;
using Regulator.Domain.Identity;
using Regulator.Domain.Filings;
using Regulator.Domain.Platforms;
using Regulator.Tests.Infrastructure;
using Regulator.Web.Identity;
using static Regulator.Tests.Blacklist.BlacklistArrange;

namespace Regulator.Tests.Blacklist;

/// <summary>A filing of a published identity is returned with the entry's reason and its province alerted; matches are listed.</summary>
public sealed class BlacklistFilingMatchTests(BlacklistPortals portals) : IClassFixture<BlacklistPortals>
{
    [Theory, BothProviders]
    public async Task A_filing_of_a_published_identity_is_returned_with_that_reason_and_its_province_alerted(DatabaseProvider provider)
    {
        var portal = portals[provider];
        var number = NewIdentity();
        var entry = await PublishAsync(portal, number);
        var (platform, client) = await PlatformClientAsync(portal, PlatformApiScopes.Filings | PlatformApiScopes.BlacklistCheck, provinceCode: "44");
        await client.WaitUntilOnListIsAsync(number, expected: true);

        var response = await client.PostAsJsonAsync("/api/v1/filings", new
        {
            platformPublisherId = "comeback-1", publisherType = "individual", realName = "赵六", identityNumber = number,
            displayNames = new[] { "换个马甲" }, contentKinds = new[] { "performance" },
        });

        response.EnsureSuccessStatusCode();
        var item = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("items")[0];
        Assert.Equal("returnedforcorrection", item.GetProperty("status").GetString()!.Replace("-", "").Replace("_", "").ToLowerInvariant());
        var problem = item.GetProperty("problems").EnumerateArray().Single(p => p.GetProperty("code").GetString() == BlacklistProblemCodes.Blacklisted);
        Assert.Contains("淫秽色情", problem.GetProperty("message").GetString());
        Assert.DoesNotContain(number, await response.Content.ReadAsStringAsync());

        await using (var db = portal.CreateDbContext())
        {
            var filing = await db.Filings.SingleAsync(f => f.PlatformId == platform.Id && f.PlatformPublisherId == "comeback-1");
            Assert.Equal(FilingStatus.ReturnedForCorrection, filing.Status);
            var alert = await db.BlacklistFilingAlerts.SingleAsync(a => a.PlatformId == platform.Id && a.PlatformPublisherId == "comeback-1");
            Assert.Equal(("44", entry.Id), (alert.ProvinceCode, alert.EntryId));
        }

        // Re-sending the same filing raises no second alert.
        await client.PostAsJsonAsync("/api/v1/filings", new
        {
            platformPublisherId = "comeback-1", publisherType = "individual", realName = "赵六", identityNumber = number,
            displayNames = new[] { "换个马甲" }, contentKinds = new[] { "performance" },
        });
        await using (var db = portal.CreateDbContext())
            Assert.Equal(1, await db.BlacklistFilingAlerts.CountAsync(a => a.PlatformPublisherId == "comeback-1"));

        var guangdong = await HtmlPage.GetAsync(await portal.SignInAsync("gd.admin"), "/blacklist");
        Assert.Contains("comeback-1", guangdong.QuerySelector("[data-testid=alerts]")?.TextContent);
        var beijing = await HtmlPage.GetAsync(await portal.SignInAsync("bj.admin"), "/blacklist");
        Assert.DoesNotContain("comeback-1", beijing.QuerySelector("main")!.TextContent);

        // The acknowledgement step itself: Beijing does not find Guangdong's alert, an inspector is refused, Guangdong's administrator acknowledges it.
        long alertId;
        await using (var db = portal.CreateDbContext()) alertId = await db.BlacklistFilingAlerts.Where(a => a.PlatformPublisherId == "comeback-1").Select(a => a.Id).SingleAsync();
        Task<StepResult<BlacklistFilingAlert>> AcknowledgeAs(string user) => portal.AsAsync<BlacklistAlertAcknowledgement, StepResult<BlacklistFilingAlert>>(user,
            (acknowledgement, principal) => acknowledgement.AcknowledgeAsync(alertId, PortalActors.Of(principal)));
        Assert.Equal(StepStatus.NotFound, (await AcknowledgeAs("bj.admin")).Status);
        Assert.Equal(StepStatus.Refused, (await AcknowledgeAs(await portal.CreateUserAsync(RegulatorRoles.ProvincialInspector, "44"))).Status);
        Assert.Equal("gd.admin", (await AcknowledgeAs("gd.admin")).Value.AcknowledgedBy);
    }

    [Fact]
    public async Task Identities_filed_on_a_platform_other_than_the_one_they_were_blacklisted_through_are_listed()
    {
        var portal = portals[DatabaseProvider.Sqlite];
        var number = NewIdentity();
        // Filed first, blacklisted afterwards (through another platform): intake could not return it, the list shows it.
        var (platform, _) = await PlatformClientAsync(portal, PlatformApiScopes.Filings, provinceCode: "44");
        await using (var scope = portal.Services.CreateAsyncScope())
        {
            var result = await scope.ServiceProvider.GetRequiredService<FilingIntake>().SubmitAsync(platform.Id,
                [new FilingDraft("early-bird", PublisherType.Individual, "钱七", number, ["钱七说"], ContentKinds.Other, null)], new FilingSource(SubmissionChannel.Api, "tests"));
            Assert.Equal(FilingStatus.Submitted, result.Value.Items.Single().Status);
        }
        var entry = await PublishAsync(portal, number);
        Assert.DoesNotContain(platform.Id, entry.PlatformIds);

        var guangdong = await HtmlPage.GetAsync(await portal.SignInAsync("gd.admin"), "/blacklist/cross-platform");
        var row = guangdong.QuerySelectorAll("[data-list=blacklist-cross-platform] tbody tr").SingleOrDefault(r => r.TextContent.Contains("early-bird"));
        Assert.NotNull(row);
        Assert.NotNull(row.QuerySelector($"a[href='/blacklist/{entry.Id}']"));
        Assert.DoesNotContain(number, guangdong.Source.Text);

        var beijing = await HtmlPage.GetAsync(await portal.SignInAsync("bj.admin"), "/blacklist/cross-platform");
        Assert.DoesNotContain("early-bird", beijing.QuerySelector("main")!.TextContent);
    }
}
