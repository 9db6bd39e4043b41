using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Regulator.Domain.Reports;
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

        var form = await HtmlPage.GetAsync(admin, start!.GetAttribute("href")!);
        var facts = form.QuerySelector<IHtmlTextAreaElement>("textarea[name='Input.Facts']")!.Value;
        Assert.Contains($"举报案件 #{caseId}", facts);
        Assert.Contains("查证属实", facts);
        Assert.Contains("直播中以“福利”诱导未成年人添加私人联系方式", facts);
        Assert.Contains("处置措施：警示、关闭账号", facts);
        Assert.Contains("办结说明：查证属实，已关闭账号", facts);
        Assert.Equal("harmful-sexual", Selected(form, "Input.CategoryCode").Single());
        Assert.Equal([platformId.ToString()], Selected(form, "Input.PlatformIds"));
        Assert.Contains("孙八直播", form.QuerySelector<IHtmlTextAreaElement>("textarea[name='Input.DisplayNames']")!.Value);
        Assert.Contains($"举报案件 #{caseId}", form.QuerySelector<IHtmlTextAreaElement>("textarea[name='Input.EvidenceReferences']")!.Value);
        Assert.Equal(filingId.ToString(), form.QuerySelector<IHtmlInputElement>("input[name='Input.FilingId']")?.Value);
        Assert.NotNull(form.QuerySelector($"[data-testid=from-case] a[href='/reports/cases/{caseId}']"));
        Assert.Contains(publisherId, form.QuerySelector("main")!.TextContent);
        Assert.DoesNotContain(identity, form.Source.Text);

        // Submitted as filled in (the clerk adds only the end of the ban): the entry carries the filing's identity.
        var endsOn = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(180).ToString("yyyy-MM-dd");
        using var response = await PostAsync(admin, form, "propose", Browser(form, ("Input.EndsOn", endsOn)));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = portal.CreateDbContext();
        var filing = await db.Filings.SingleAsync(f => f.Id == filingId);
        var entry = await db.BlacklistEntries.OrderByDescending(e => e.Id).FirstAsync(e => e.Facts.Contains($"举报案件 #{caseId}"));
        Assert.Equal(filing.IdentityBlindIndex, entry.IdentityBlindIndex);
        Assert.Equal(("11", caseId, "/blacklist/" + entry.Id), (entry.ProvinceCode, entry.SourceCaseId, response.RedirectTarget()));
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

        // Its own blank form, with Beijing's filing id slipped in and no number: the filing is not found, so no identity.
        var form = await HtmlPage.GetAsync(guangdong, "/blacklist/new");
        var endsOn = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(30).ToString("yyyy-MM-dd");
        var platform = form.QuerySelector<IHtmlSelectElement>("select[name='Input.PlatformIds']")!.Options.First().Value;
        using var response = await PostAsync(guangdong, form, "propose", Browser(form, ("Input.EndsOn", endsOn),
            ("Input.FilingId", filingId.ToString()), ("Input.CategoryCode", "harmful-sexual"), ("Input.PlatformIds", platform), ("Input.DisplayNames", "借用马甲"), ("Input.Facts", "越权借用他省备案身份")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var refused = Assert.Single((await HtmlPage.ParseAsync(response)).QuerySelectorAll(".invalid-feedback"));
        Assert.NotNull(refused.ParentElement!.QuerySelector("[name='Input.IdentityNumber']"));

        // Nor can it cite Beijing's case as the source of a proposal of its own.
        using var citing = await PostAsync(guangdong, form, "propose", Browser(form, ("Input.EndsOn", endsOn), ("Input.IdentityNumber", BlacklistArrange.NewIdentity("44")),
            ("Input.SourceCaseId", caseId.ToString()), ("Input.CategoryCode", "harmful-sexual"), ("Input.PlatformIds", platform), ("Input.DisplayNames", "借用马甲"),
            ("Input.Facts", "越权借用他省备案身份")));
        var problem = Assert.Single((await HtmlPage.ParseAsync(citing)).QuerySelectorAll(".invalid-feedback"));
        Assert.Contains("来源举报案件不存在", problem.TextContent);
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

    // The options rendered as chosen (a browser's initial selection), which is what the page is responsible for.
    private static IReadOnlyList<string> Selected(IDocument page, string name) => Chosen(page.QuerySelector<IHtmlSelectElement>($"select[name='{name}']")!);

    private static IReadOnlyList<string> Chosen(IHtmlSelectElement select) =>
        select.Options.Where(o => o.HasAttribute("selected")).Select(o => o.Value).ToList();

    /// <summary>
    /// What a browser posts besides the inputs <see cref="HtmlForm"/> covers: text areas and chosen options as
    /// rendered, with <paramref name="changes"/> replacing any field of the same name.
    /// </summary>
    private static IEnumerable<(string Name, string Value)> Browser(IDocument page, params (string Name, string Value)[] changes)
    {
        var form = page.QuerySelectorAll<IHtmlFormElement>("form").Single(f => f.QuerySelector("input[name=_handler][value=propose]") is not null);
        var rendered = form.QuerySelectorAll<IHtmlTextAreaElement>("textarea").Select(t => (t.Name!, t.Value))
            .Concat(form.QuerySelectorAll<IHtmlSelectElement>("select").SelectMany(s => Chosen(s).Select(v => (s.Name!, v))));
        var changed = changes.Select(c => c.Name).ToHashSet();
        return rendered.Where(f => !changed.Contains(f.Item1)).Concat(changes);
    }
}
