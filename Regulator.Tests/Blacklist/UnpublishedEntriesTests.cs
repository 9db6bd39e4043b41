using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Regulator.Domain.Blacklist;
using Regulator.Domain.Filings;
using Regulator.Domain.Persistence;
using Regulator.Domain.Platforms;
using Regulator.Tests.Infrastructure;
using static Regulator.Tests.Blacklist.BlacklistArrange;

namespace Regulator.Tests.Blacklist;

/// <summary>
/// Only published entries act on platforms. Proposed and confirmed entries already stored when an instance starts are
/// not loaded into its list, and intake does not return a filing of an identity that is only proposed or confirmed.
/// </summary>
public sealed class UnpublishedEntriesTests : IAsyncLifetime
{
    private readonly List<BlacklistPortal> _started = [];

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var portal in _started.AsEnumerable().Reverse()) await portal.DisposeAsync();
    }

    [Theory, BothProviders]
    public async Task An_instance_started_with_unpublished_entries_stored_does_not_list_them(DatabaseProvider provider)
    {
        var first = Start(new BlacklistPortal(provider));
        var proposed = NewIdentity();
        var confirmed = NewIdentity();
        var published = NewIdentity();
        await ProposeAsync(first, proposed);
        var toConfirm = await ProposeAsync(first, confirmed);
        await using (var scope = first.Services.CreateAsyncScope())
            Assert.True((await scope.ServiceProvider.GetRequiredService<BlacklistCirculation>().ConfirmAsync(toConfirm.Id, BlacklistArrange.BeijingReviewer, "事实清楚")).Succeeded);
        await PublishAsync(first, published);

        // A new instance on the same database loads the list at start-up, with all three entries already stored.
        var second = Start(new BlacklistPortal(provider, sharedConnectionString: first.Services.GetRequiredService<DatabaseOptions>().ConnectionString));
        var (_, client) = await PlatformClientAsync(second, PlatformApiScopes.BlacklistCheck);

        Assert.True(await client.IsOnListAsync(published));
        Assert.False(await client.IsOnListAsync(proposed));
        Assert.False(await client.IsOnListAsync(confirmed));
    }

    [Theory, BothProviders]
    public async Task A_filing_of_an_identity_only_proposed_or_confirmed_is_not_returned_and_raises_no_alert(DatabaseProvider provider)
    {
        var portal = Start(new BlacklistPortal(provider));
        var proposed = NewIdentity();
        var confirmed = NewIdentity();
        await ProposeAsync(portal, proposed);
        var entry = await ProposeAsync(portal, confirmed);
        await using (var scope = portal.Services.CreateAsyncScope())
            Assert.True((await scope.ServiceProvider.GetRequiredService<BlacklistCirculation>().ConfirmAsync(entry.Id, BlacklistArrange.BeijingReviewer, "事实清楚")).Succeeded);
        var (platform, _) = await PlatformClientAsync(portal, PlatformApiScopes.Filings, provinceCode: "44");

        var filings = await FileAsync(portal, platform.Id, ("only-proposed", proposed), ("only-confirmed", confirmed));

        await using var db = portal.CreateDbContext();
        Assert.All(await db.Filings.Where(f => filings.Values.Contains(f.Id)).Select(f => new { f.Status, f.StatusReason }).ToListAsync(),
            f => Assert.Equal((FilingStatus.Submitted, (string?)null), (f.Status, f.StatusReason)));
        Assert.False(await db.BlacklistFilingAlerts.AnyAsync(a => a.PlatformId == platform.Id));
        var crossPlatform = await HtmlPage.GetAsync(await portal.SignInAsync("gd.admin"), "/blacklist/cross-platform");
        Assert.DoesNotContain("only-proposed", crossPlatform.QuerySelector("main")!.TextContent);
        Assert.DoesNotContain("only-confirmed", crossPlatform.QuerySelector("main")!.TextContent);
    }

    [Theory, BothProviders]
    public async Task A_filing_of_an_identity_with_a_published_ban_and_a_stronger_proposal_is_returned_with_the_published_one(DatabaseProvider provider)
    {
        var portal = Start(new BlacklistPortal(provider));
        var identity = NewIdentity();
        var published = await PublishAsync(portal, identity, BlacklistSeverity.TimedBan);
        await ProposeAsync(portal, identity, BlacklistSeverity.Permanent);
        var (platform, client) = await PlatformClientAsync(portal, PlatformApiScopes.Filings | PlatformApiScopes.BlacklistCheck, provinceCode: "44");
        await client.WaitUntilOnListIsAsync(identity, expected: true);

        var filings = await FileAsync(portal, platform.Id, ("banned-and-proposed", identity));

        // Only the published timed ban acts on the filing: were the proposal's permanent ban read, it would be the
        // strongest entry and its words would be the reason.
        await using var db = portal.CreateDbContext();
        var filing = await db.Filings.SingleAsync(f => f.Id == filings["banned-and-proposed"]);
        Assert.Equal(FilingStatus.ReturnedForCorrection, filing.Status);
        Assert.Contains($"限期禁入至 {published.EndsOn:yyyy-MM-dd}", filing.StatusReason);
        Assert.DoesNotContain("永久禁入", filing.StatusReason);
        Assert.Equal(published.Id, (await db.BlacklistFilingAlerts.SingleAsync(a => a.PlatformId == platform.Id)).EntryId);
    }

    private BlacklistPortal Start(BlacklistPortal portal)
    {
        _started.Add(portal);
        _ = portal.Services;
        return portal;
    }
}
