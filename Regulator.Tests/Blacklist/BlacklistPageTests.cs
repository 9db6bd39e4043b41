using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Regulator.Domain.Blacklist;
using Regulator.Domain.Common;
using Regulator.Domain.Platforms;
using Regulator.Domain.Identity;
using Regulator.Tests.Infrastructure;
using Regulator.Web.Blacklist;
using static Regulator.Tests.Blacklist.BlacklistArrange;

namespace Regulator.Tests.Blacklist;

/// <summary>The blacklist pages through the real pipeline: who sees which entries, and who may move them.</summary>
public sealed class BlacklistPageTests(BlacklistPortals portals) : IClassFixture<BlacklistPortals>
{
    private static readonly BlacklistActor Guangdong = BlacklistActor.ProvincialAdministrator("gd.admin", "44");
    private static readonly BlacklistActor GuangdongReviewer = BlacklistActor.ProvincialAdministrator("gd.reviewer", "44");

    [Fact]
    public async Task A_province_cannot_confirm_another_provinces_proposal_and_nothing_changes()
    {
        var portal = portals[DatabaseProvider.Sqlite];
        var guangdongProposal = await ProposeAsync(portal, NewIdentity(), proposer: Guangdong);
        var ownProposal = await ProposeAsync(portal, NewIdentity());
        var beijing = await portal.SignInAsync("bj.admin");

        Assert.Equal(HttpStatusCode.NotFound, (await beijing.GetAsync($"/blacklist/{guangdongProposal.Id}")).StatusCode);
        // The confirmation step itself, run as Beijing's administrator from a circuit, aimed at Guangdong's proposal: not found.
        Assert.Null(await portal.AsAsync<BlacklistCirculation, BlacklistEntry?>("bj.admin",
            (circulation, user) => circulation.ConfirmAsync(guangdongProposal.Id, BlacklistActors.Of(user)!, "越权确认")));
        await using var db = portal.CreateDbContext();
        var unchanged = await db.BlacklistEntries.SingleAsync(e => e.Id == guangdongProposal.Id);
        Assert.Equal(BlacklistState.Proposed, unchanged.State);
        Assert.Single(unchanged.History);
    }

    [Fact]
    public async Task A_province_sees_its_own_proposals_and_every_published_entry_but_not_other_provinces_proposals()
    {
        var portal = portals[DatabaseProvider.Sqlite];
        var guangdongProposal = await ProposeAsync(portal, NewIdentity(), proposer: Guangdong);
        var guangdongPublished = await ProposeAsync(portal, NewIdentity(), proposer: Guangdong);
        await using (var scope = portal.Services.CreateAsyncScope())
        {
            var circulation = scope.ServiceProvider.GetRequiredService<BlacklistCirculation>();
            await circulation.ConfirmAsync(guangdongPublished.Id, GuangdongReviewer, "事实清楚");
            await circulation.PublishAsync([guangdongPublished.Id], National, "批准全国通报");
        }
        var ownProposal = await ProposeAsync(portal, NewIdentity());

        var beijing = await ListedIdsAsync(await portal.SignInAsync("bj.admin"));
        var national = await ListedIdsAsync(await portal.SignInAsync("national.analyst"));

        Assert.Contains(ownProposal.Id, beijing);
        Assert.Contains(guangdongPublished.Id, beijing);
        Assert.DoesNotContain(guangdongProposal.Id, beijing);
        Assert.Superset(new HashSet<long> { ownProposal.Id, guangdongPublished.Id, guangdongProposal.Id }, national);
        var published = await HtmlPage.GetAsync(await portal.SignInAsync("bj.inspector"), $"/blacklist/{guangdongPublished.Id}");
        Assert.Null(published.QuerySelector("[data-testid=entry-actions]"));
        Assert.Null(published.QuerySelector("[data-testid=reveal]"));
    }

    [Fact]
    public async Task Proposed_through_the_form_confirmed_by_the_province_published_in_bulk_by_the_national_office_then_on_the_list()
    {
        var portal = portals[DatabaseProvider.Sqlite];
        var (_, platformClient) = await PlatformClientAsync(portal, PlatformApiScopes.BlacklistCheck);
        int[] platformIds;
        await using (var db = portal.CreateDbContext()) platformIds = await db.Platforms.OrderBy(p => p.Id).Select(p => p.Id).Take(2).ToArrayAsync();
        var number = NewIdentity();
        var today = ChinaTime.Today(TimeProvider.System);

        var beijing = await portal.SignInAsync("bj.admin");
        var form = HtmlForm.Named(await HtmlPage.GetAsync(beijing, "/blacklist/new"), "propose");
        // Text areas and selects are not inputs: their values are added as a browser would send them.
        var fields = form.Fields(new Dictionary<string, string>
        {
            ["Input.IdentityNumber"] = number,
            ["Input.StartsOn"] = today.ToString("yyyy-MM-dd"),
            ["Input.EndsOn"] = today.AddDays(365).ToString("yyyy-MM-dd"),
        }).ToList();
        fields.AddRange(new Dictionary<string, string>
        {
            ["Input.DisplayNames"] = "夜宵哥\n夜宵哥二号",
            ["Input.CategoryCode"] = "minors-induced-spending",
            ["Input.Facts"] = "直播中以虚假消费带动未成年人打赏。\n涉及金额较大。",
            ["Input.EvidenceReferences"] = "京网信执〔2026〕12号",
            ["Input.Severity"] = nameof(BlacklistSeverity.TimedBan),
        });
        fields.AddRange(platformIds.Select(id => KeyValuePair.Create("Input.PlatformIds", id.ToString())));
        var proposed = await beijing.PostAsync("/blacklist/new", new FormUrlEncodedContent(fields));
        var entryPath = proposed.RedirectTarget();
        Assert.StartsWith("/blacklist/", entryPath);

        var id = entryPath!.Split('/').Last();
        // Separation of duties: the administrator who proposed it is refused; a second one of the province confirms.
        Task<BlacklistEntry?> ConfirmAs(string user) => portal.AsAsync<BlacklistCirculation, BlacklistEntry?>(user,
            (circulation, principal) => circulation.ConfirmAsync(long.Parse(id), BlacklistActors.Of(principal)!, "经核查属实"));
        var refused = await Assert.ThrowsAsync<BlacklistTransitionException>(() => ConfirmAs("bj.admin"));
        Assert.Equal(BlacklistEntry.ProposerMayNotConfirm, refused.Message);
        var reviewer = await portal.CreateUserAsync(RegulatorRoles.ProvincialAdmin, "11");
        Assert.Equal(BlacklistState.Confirmed, (await ConfirmAs(reviewer))!.State);

        var national = await portal.SignInAsync("national.admin");
        var index = await HtmlPage.GetAsync(national, "/blacklist?state=Confirmed");
        Assert.NotNull(index.QuerySelector($"input[form=publish][name=ids][value='{id}']"));
        var publish = ActionForm(index, "publish").Fields(new Dictionary<string, string> { ["reason"] = "批准全国通报" }).Append(KeyValuePair.Create("ids", id));
        Assert.Equal("/blacklist?state=Confirmed", (await national.PostAsync("/blacklist/publish", new FormUrlEncodedContent(publish))).RedirectTarget());

        await using (var db = portal.CreateDbContext())
        {
            var entry = await db.BlacklistEntries.SingleAsync(e => e.Id == long.Parse(id));
            Assert.Equal(BlacklistState.Published, entry.State);
            Assert.Equal(platformIds, entry.PlatformIds);
            Assert.Equal(["夜宵哥", "夜宵哥二号"], entry.DisplayNames);
            Assert.Equal([BlacklistEvent.Proposed, BlacklistEvent.Confirmed, BlacklistEvent.Published], entry.History.Select(h => h.Event));
            Assert.Equal(["bj.admin", reviewer, "national.admin"], entry.History.Select(h => h.Actor));
        }
        await platformClient.WaitUntilOnListIsAsync(number, expected: true);
    }

    [Fact]
    public async Task A_proposal_with_mistakes_is_shown_again_with_the_reasons_and_nothing_is_stored()
    {
        var portal = portals[DatabaseProvider.Sqlite];
        var beijing = await portal.SignInAsync("bj.admin");
        int before;
        await using (var db = portal.CreateDbContext()) before = await db.BlacklistEntries.CountAsync();

        var fields = HtmlForm.Named(await HtmlPage.GetAsync(beijing, "/blacklist/new"), "propose")
            .Fields(new Dictionary<string, string> { ["Input.IdentityNumber"] = "110101199001011230" }).Append(KeyValuePair.Create("Input.Facts", "<b>事实</b>"));
        var response = await beijing.PostAsync("/blacklist/new", new FormUrlEncodedContent(fields));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await HtmlPage.ParseAsync(response);
        Assert.True(page.QuerySelectorAll(".invalid-feedback").Length >= 4);
        await using (var db = portal.CreateDbContext()) Assert.Equal(before, await db.BlacklistEntries.CountAsync());
    }

    /// <summary>The form that posts to the circulation action ending in <paramref name="action"/>.</summary>
    private static HtmlForm ActionForm(IDocument page, string action) =>
        new(page.QuerySelectorAll<IHtmlFormElement>("form").SingleOrDefault(f => f.GetAttribute("action")?.EndsWith("/" + action) == true)
            ?? throw new InvalidOperationException($"{page.Url} has no form posting to …/{action}."));

    private static async Task<HashSet<long>> ListedIdsAsync(HttpClient client)
    {
        var ids = new HashSet<long>();
        string? path = "/blacklist";
        while (path is not null)
        {
            var page = await HtmlPage.GetAsync(client, path);
            foreach (var link in page.QuerySelectorAll<IHtmlAnchorElement>("#blacklist td a[href^='/blacklist/']"))
                if (long.TryParse(link.PathName.Split('/').Last(), out var id)) ids.Add(id);
            path = page.QuerySelector<IHtmlAnchorElement>("#blacklist a[rel=next]") is { } next ? next.PathName + next.Search : null;
        }
        return ids;
    }
}
