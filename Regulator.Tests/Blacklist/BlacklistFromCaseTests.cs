using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Regulator.Domain.Blacklist;
using Regulator.Domain.Common;
using Regulator.Domain.Reports;
using Regulator.Web.Blacklist;
using Regulator.Web.Identity;
using Regulator.Tests.Infrastructure;
using static Regulator.Tests.Reports.ReportsArrange;

namespace Regulator.Tests.Blacklist;

/// <summary>A substantiated report case starts a blacklist proposal with its facts filled in; nothing else does.</summary>
public sealed class BlacklistFromCaseTests(ProviderPortals portals) : IClassFixture<ProviderPortals>
{
    [Theory, BothProviders]
    public async Task A_substantiated_case_fills_the_proposal_with_its_facts_and_the_filed_publishers_identity_unseen(DatabaseProvider provider)
    {
        var portal = portals[provider];
        var publisherId = $"host-{Guid.NewGuid():N}"[..16];
        var (caseId, _) = await NewCaseAsync(portal, "11", accountId: publisherId, description: "直播中以“福利”诱导未成年人添加私人联系方式");
        var (platformId, identity, filingId) = await FileAsync(portal, caseId, publisherId);
        await CloseAsync(portal, caseId, CaseOutcome.Substantiated, PunitiveMeasures.Warning | PunitiveMeasures.AccountClosure, "查证属实，已关闭账号");
        var admin = await portal.SignInAsync("bj.admin");

        var casePage = await HtmlPage.GetAsync(admin, $"/reports/cases/{caseId}");
        var start = casePage.QuerySelector<IHtmlAnchorElement>("[data-testid=propose-blacklist]");
        Assert.Equal($"/blacklist/new?fromCase={caseId}", start?.GetAttribute("href"));

        // The form's first render is on the server: what the case filled in is in it, the identity only as the filing's mask.
        var form = await HtmlPage.GetAsync(admin, start!.GetAttribute("href")!);
        var shown = form.QuerySelector("[data-testid=proposal-form]")!;
        var facts = TextArea(shown, "facts");
        Assert.Contains($"举报案件 #{caseId}", facts);
        Assert.Contains("查证属实", facts);
        Assert.Contains("直播中以“福利”诱导未成年人添加私人联系方式", facts);
        Assert.Contains("处置措施：警示、关闭账号", facts);
        Assert.Contains("办结说明：查证属实，已关闭账号", facts);
        string categoryName, platformName;
        await using (var db = portal.CreateDbContext())
        {
            categoryName = await db.ReportCategories.Where(c => c.Code == "harmful-sexual").Select(c => c.NameZh).SingleAsync();
            platformName = await db.Platforms.Where(p => p.Id == platformId).Select(p => p.Name).SingleAsync();
        }
        // The select shows the chosen category (its options are rendered only once it is opened).
        var category = shown.QuerySelector("[data-testid=category]")!;
        Assert.Contains(categoryName, (category.Closest(".mud-select") ?? category).OuterHtml);
        Assert.Equal([platformName], shown.QuerySelectorAll("[data-testid=platform-chosen]").Select(c => c.TextContent.Split('（')[0].Trim()));
        Assert.Contains("孙八直播", TextArea(shown, "display-names"));
        Assert.Contains($"举报案件 #{caseId}", TextArea(shown, "evidence"));
        Assert.NotNull(form.QuerySelector($"[data-testid=from-case] a[href='/reports/cases/{caseId}']"));
        Assert.Contains(publisherId, form.QuerySelector("main")!.TextContent);
        Assert.DoesNotContain(identity, form.Source.Text);

        // Submitted as filled in (the clerk adds only the end of the ban), through the step the form's button runs:
        // the entry carries the filing's identity.
        var endsOn = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(180);
        var entry = await ProposeAsAsync(portal, "bj.admin", async db =>
        {
            var filled = BlacklistProposalForm.From((await BlacklistCaseDraft.FromCaseAsync(db, caseId))!, ChinaTime.Today(TimeProvider.System));
            filled.EndsOn = endsOn;
            return filled;
        });
        await using (var db = portal.CreateDbContext())
        {
            var filing = await db.Filings.SingleAsync(f => f.Id == filingId);
            Assert.NotNull(entry);
            Assert.Equal(filing.IdentityBlindIndex, entry.IdentityBlindIndex);
            Assert.Equal(("11", caseId), (entry.ProvinceCode, entry.SourceCaseId));
        }
        var entryPage = await HtmlPage.GetAsync(admin, $"/blacklist/{entry.Id}");
        Assert.Equal($"/reports/cases/{caseId}", entryPage.QuerySelector("[data-testid=source-case]")?.GetAttribute("href"));
    }

    [Fact]
    public async Task A_case_not_substantiated_offers_no_proposal_and_cannot_be_used_to_fill_one()
    {
        var portal = portals[DatabaseProvider.Sqlite];
        var (unsubstantiated, _) = await NewCaseAsync(portal, "11");
        await CloseAsync(portal, unsubstantiated, CaseOutcome.Unsubstantiated);
        var (open, _) = await NewCaseAsync(portal, "11");
        var admin = await portal.SignInAsync("bj.admin");

        foreach (var caseId in new[] { unsubstantiated, open })
        {
            var page = await HtmlPage.GetAsync(admin, $"/reports/cases/{caseId}");
            Assert.Null(page.QuerySelector("[data-testid=propose-blacklist]"));
            Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/blacklist/new?fromCase={caseId}")).StatusCode);
        }
    }

    [Fact]
    public async Task Another_province_can_neither_fill_a_proposal_from_the_case_nor_propose_the_identity_of_its_filing_nor_cite_the_case()
    {
        var portal = portals[DatabaseProvider.Sqlite];
        var publisherId = $"host-{Guid.NewGuid():N}"[..16];
        var (caseId, _) = await NewCaseAsync(portal, "11", accountId: publisherId);
        var (_, _, filingId) = await FileAsync(portal, caseId, publisherId);
        await CloseAsync(portal, caseId, CaseOutcome.Substantiated, PunitiveMeasures.AccountClosure);
        var guangdong = await portal.SignInAsync("gd.admin");

        Assert.Equal(HttpStatusCode.NotFound, (await guangdong.GetAsync($"/blacklist/new?fromCase={caseId}")).StatusCode);

        // Its own proposal, with Beijing's filing id slipped in and no number: the filing is not found, so no identity.
        var platform = await PlatformOfAsync(portal, "44");
        var endsOn = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(30);
        BlacklistProposalForm Borrowing() => new()
        {
            EndsOn = endsOn, StartsOn = ChinaTime.Today(TimeProvider.System), CategoryCode = "harmful-sexual", PlatformIds = [platform],
            DisplayNames = "借用马甲", Facts = "越权借用他省备案身份",
        };
        var withFiling = Borrowing();
        withFiling.FilingId = filingId;
        var refused = await ProposeResultAsync(portal, "gd.admin", withFiling);
        var problem = Assert.Single(refused.Failure!.FieldErrors);
        Assert.Equal(nameof(BlacklistProposalForm.IdentityNumber), BlacklistProposalForm.FieldOf(problem.Key));

        // Nor can it cite Beijing's case as the source of a proposal of its own.
        var citing = Borrowing();
        citing.IdentityNumber = BlacklistArrange.NewIdentity("44");
        citing.SourceCaseId = caseId;
        var cited = Assert.Single((await ProposeResultAsync(portal, "gd.admin", citing)).Failure!.FieldErrors);
        Assert.Contains("来源举报案件不存在", cited.Value);
        await using var db = portal.CreateDbContext();
        Assert.False(await db.BlacklistEntries.AnyAsync(e => e.Facts == "越权借用他省备案身份"));
    }

    /// <summary>Files the reported account as a publisher on the case's platform; returns the platform, the number and the filing.</summary>
    private static async Task<(int PlatformId, string Identity, long FilingId)> FileAsync(PortalFactory portal, long caseId, string publisherId)
    {
        int platformId;
        await using (var db = portal.CreateDbContext()) platformId = (await db.ReportCases.SingleAsync(c => c.Id == caseId)).PlatformId!.Value;
        var identity = BlacklistArrange.NewIdentity();
        return (platformId, identity, (await BlacklistArrange.FileAsync(portal, platformId, (publisherId, identity)))[publisherId]);
    }

    // A MudBlazor text field's text area as prerendered (the test id is on the field or the area itself).
    private static string TextArea(IElement form, string testId) =>
        form.QuerySelector($"textarea[data-testid={testId}], [data-testid={testId}] textarea")?.TextContent ?? throw new InvalidOperationException($"No text area {testId}.");

    private static async Task<int> PlatformOfAsync(PortalFactory portal, string provinceCode)
    {
        await using var db = portal.CreateDbContext();
        return await db.Platforms.Where(p => p.ProvinceCode == provinceCode).OrderBy(p => p.Id).Select(p => p.Id).FirstAsync();
    }

    [Theory, BothProviders]
    public async Task Checking_a_proposal_stores_nothing_and_is_only_for_those_who_may_propose(DatabaseProvider provider)
    {
        var portal = portals[provider];
        int before;
        await using (var db = portal.CreateDbContext()) before = await db.BlacklistEntries.CountAsync();
        var form = new BlacklistProposalForm { IdentityNumber = "110101199001011230", Facts = "<b>事实</b>" };
        var check = await portal.AsAsync<BlacklistCirculation, StepResult<BlacklistAssessment>>("bj.admin", (circulation, user) => circulation.CheckAsync(form.ToProposal(), PortalActors.Of(user)));
        Assert.Equal(StepStatus.Invalid, check.Status);
        Assert.Contains("displayNames", check.Failure!.FieldErrors.Keys);
        var inspector = await portal.AsAsync<BlacklistCirculation, StepResult<BlacklistAssessment>>("bj.inspector", (circulation, user) => circulation.CheckAsync(form.ToProposal(), PortalActors.Of(user)));
        Assert.Equal(StepStatus.Refused, inspector.Status);
        await using (var db = portal.CreateDbContext()) Assert.Equal(before, await db.BlacklistEntries.CountAsync());
    }

    // The proposal step as the form's button runs it: as the signed-in administrator, in the agency of their account.
    private static Task<StepResult<BlacklistEntry>> ProposeResultAsync(PortalFactory portal, string userName, BlacklistProposalForm form) =>
        portal.AsAsync<BlacklistCirculation, StepResult<BlacklistEntry>>(userName, (circulation, user) =>
            circulation.ProposeAsync(form.ToProposal(), PortalActors.Of(user), Enum.Parse<Agency>(user.FindFirst(RegulatorClaims.Agency)!.Value)));

    private static async Task<BlacklistEntry?> ProposeAsAsync(PortalFactory portal, string userName, Func<Regulator.Domain.Persistence.RegulatorDbContext, Task<BlacklistProposalForm>> fill)
    {
        BlacklistProposalForm form;
        await using (var db = portal.CreateDbContext()) form = await fill(db);
        var result = await ProposeResultAsync(portal, userName, form);
        return result.Succeeded ? result.Value : null;
    }
}
