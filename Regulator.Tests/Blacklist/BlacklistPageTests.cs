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
using Regulator.Web.Identity;

namespace Regulator.Tests.Blacklist;

/// <summary>
/// The blacklist pages through the real pipeline: who sees which entries, and who may move them. The form and the
/// bulk publication are clicked through in <see cref="BlacklistBrowserTests"/>.
/// </summary>
public sealed class BlacklistPageTests(BlacklistPortals portals) : IClassFixture<BlacklistPortals>
{
    private static readonly Actor Guangdong = Actor.ProvincialAdministrator("gd.admin", "44");
    private static readonly Actor GuangdongReviewer = Actor.ProvincialAdministrator("gd.reviewer", "44");

    [Fact]
    public async Task A_province_cannot_confirm_another_provinces_proposal_and_nothing_changes()
    {
        var portal = portals[DatabaseProvider.Sqlite];
        var guangdongProposal = await ProposeAsync(portal, NewIdentity(), proposer: Guangdong);
        var ownProposal = await ProposeAsync(portal, NewIdentity());
        var beijing = await portal.SignInAsync("bj.admin");

        Assert.Equal(HttpStatusCode.NotFound, (await beijing.GetAsync($"/blacklist/{guangdongProposal.Id}")).StatusCode);
        // The confirmation step itself, run as Beijing's administrator from a circuit, aimed at Guangdong's proposal: not found.
        Assert.Equal(StepStatus.NotFound, (await portal.AsAsync<BlacklistCirculation, StepResult<BlacklistEntry>>("bj.admin",
            (circulation, user) => circulation.ConfirmAsync(guangdongProposal.Id, PortalActors.Of(user), "越权确认"))).Status);
        // Nor can it decline it or see its number: the same "not found", nothing audited.
        Assert.Equal(StepStatus.NotFound, (await portal.AsAsync<BlacklistCirculation, StepResult<BlacklistEntry>>("bj.admin",
            (circulation, user) => circulation.DeclineAsync(guangdongProposal.Id, PortalActors.Of(user), "越权不予采纳"))).Status);
        Assert.Equal(StepStatus.NotFound, (await portal.AsAsync<BlacklistIdentityReveal, StepResult<string>>("bj.admin",
            (reveal, user) => reveal.RevealAsync(guangdongProposal.Id, PortalActors.Of(user), "越权查看"))).Status);
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
            Assert.True((await circulation.ConfirmAsync(guangdongPublished.Id, GuangdongReviewer, "事实清楚")).Succeeded);
            Assert.True((await circulation.PublishAsync([guangdongPublished.Id], National, "批准全国通报")).Succeeded);
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
        // Whatever the page offers, the reveal step refuses Beijing's staff Guangdong's number: the entry is readable, not theirs.
        foreach (var user in new[] { "bj.inspector", "bj.admin" })
            Assert.Equal(StepStatus.Refused, (await portal.AsAsync<BlacklistIdentityReveal, StepResult<string>>(user,
                (reveal, principal) => reveal.RevealAsync(guangdongPublished.Id, PortalActors.Of(principal), "越权查看"))).Status);
        await using var db = portal.CreateDbContext();
        Assert.False(await db.AuditEntries.AnyAsync(a => a.Action == Regulator.Domain.Auditing.AuditActions.BlacklistIdentityRevealed && a.RecordId == guangdongPublished.Id.ToString()));
    }

    private static async Task<HashSet<long>> ListedIdsAsync(HttpClient client)
    {
        var ids = new HashSet<long>();
        string? path = "/blacklist";
        while (path is not null)
        {
            var page = await HtmlPage.GetAsync(client, path);
            // The list's first render is on the server, rows and pager links included.
            foreach (var link in page.QuerySelectorAll<IHtmlAnchorElement>("[data-list=blacklist] td a[href^='/blacklist/']"))
                if (long.TryParse(link.PathName.Split('/').Last(), out var id)) ids.Add(id);
            path = page.QuerySelector<IHtmlAnchorElement>("[data-list=blacklist] a[data-testid=list-next][href]") is { } next ? next.PathName + next.Search : null;
        }
        return ids;
    }
}
