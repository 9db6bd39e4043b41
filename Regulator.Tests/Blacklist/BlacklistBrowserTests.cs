using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Regulator.Domain.Auditing;
using Regulator.Domain.Blacklist;
using Regulator.Domain.Identity;
using Regulator.Tests.Infrastructure;
using static Regulator.Tests.Blacklist.BlacklistArrange;

namespace Regulator.Tests.Blacklist;

/// <summary>
/// The blacklist entry page in a real Chromium against the portal on a socket: the proposer is told a second
/// administrator must confirm, who does so through the dialog; a reveal asks its reason and is audited; another
/// province's proposal typed into the address shows nothing of it.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class BlacklistBrowserTests(BrowserFixture browser, KestrelPortal portal)
{
    private const float StepTimeout = 60_000;

    [Fact]
    public async Task The_proposer_cannot_confirm_and_a_second_administrator_confirms_through_the_dialog()
    {
        var entry = await ProposeAsync(portal, NewIdentity());
        var proposer = await NewPageAsync("bj.admin");
        await proposer.GotoInteractiveAsync($"/blacklist/{entry.Id}");
        await Assertions.Expect(proposer.Locator("[data-testid=proposer-note]")).ToBeVisibleAsync();
        await Assertions.Expect(proposer.Locator("[data-testid=confirm]")).ToHaveCountAsync(0);

        var reviewer = await NewPageAsync(await portal.CreateUserAsync(RegulatorRoles.ProvincialAdmin, "11"));
        await reviewer.GotoInteractiveAsync($"/blacklist/{entry.Id}");
        await reviewer.ClickAsync("[data-testid=confirm]");
        await Field(reviewer, "[data-testid=confirm-reason]").FillAsync("经核查属实");
        await reviewer.ClickAsync("[data-testid=confirm-ok]");

        await Assertions.Expect(reviewer.Locator("[data-testid=entry-state]")).ToContainTextAsync(PortalText.Of<Regulator.Web.Blacklist.BlacklistText>(portal, "StateConfirmed"));
        await using var db = portal.CreateDbContext();
        Assert.Equal(BlacklistState.Confirmed, (await db.BlacklistEntries.SingleAsync(e => e.Id == entry.Id)).State);
    }

    [Fact]
    public async Task A_reveal_asks_for_its_reason_and_is_audited()
    {
        var number = NewIdentity();
        var entry = await ProposeAsync(portal, number);
        var page = await NewPageAsync("bj.admin");
        await page.GotoInteractiveAsync($"/blacklist/{entry.Id}");

        await page.ClickAsync("[data-testid=reveal]");
        await Field(page, "[data-testid=confirm-reason]").FillAsync("核对申诉材料");
        await page.ClickAsync("[data-testid=confirm-ok]");

        await Assertions.Expect(page.Locator("[data-testid=revealed]")).ToHaveTextAsync(number);
        await using var db = portal.CreateDbContext();
        Assert.True(await db.AuditEntries.AnyAsync(a => a.Action == AuditActions.BlacklistIdentityRevealed && a.RecordId == entry.Id.ToString() && a.Reason == "核对申诉材料"));
    }

    [Fact]
    public async Task A_provincial_user_who_types_another_provinces_proposal_sees_not_found()
    {
        var entry = await ProposeAsync(portal, NewIdentity("44"), proposer: BlacklistActor.ProvincialAdministrator("gd.admin", "44"));
        var page = await NewPageAsync("bj.admin");

        Assert.Equal(404, (await page.GotoAsync($"/blacklist/{entry.Id}"))!.Status);
        await page.GotoInteractiveAsync("/");
        await page.EvaluateAsync("url => Blazor.navigateTo(url)", $"/blacklist/{entry.Id}");
        await page.WaitForPageAsync($"/blacklist/{entry.Id}");
        await Assertions.Expect(page.Locator("main h1")).ToHaveTextAsync("404");
        Assert.DoesNotContain(entry.IdentityMasked, await page.ContentAsync());
    }

    private static ILocator Field(IPage page, string selector) =>
        page.Locator(selector).Locator("xpath=descendant-or-self::*[(self::input and not(@type='hidden')) or self::textarea]").First;

    private async Task<IPage> NewPageAsync(string userName)
    {
        var context = await browser.Browser.NewContextAsync(new() { BaseURL = portal.Address.ToString(), Locale = PortalText.Chinese });
        context.SetDefaultTimeout(StepTimeout);
        Assertions.SetDefaultExpectTimeout(StepTimeout);
        var page = await context.NewPageAsync();
        await page.SignInAsync(userName);
        return page;
    }
}
