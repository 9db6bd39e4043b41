using Bogus;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Regulator.Domain.Filings;
using Regulator.Domain.Seeding;
using Regulator.Tests.Infrastructure;
using static Regulator.Tests.Filings.FilingsApiClient;

namespace Regulator.Tests.Filings;

/// <summary>Names stored before the middle-dot fold are brought to the canonical form by the job, counted, with what was stored kept in the history.</summary>
public sealed class FilingNameCanonicalizationTests(ProviderPortals portals) : IClassFixture<ProviderPortals>
{
    [Theory, BothProviders]
    public async Task Stored_look_alike_dots_are_folded_once_and_counted(DatabaseProvider provider)
    {
        var portal = portals[provider];
        var api = await ForNewPlatformAsync(portal, "65");
        var number = DemoIdentities.ResidentId(new Randomizer(65), "65", new DateOnly(1988, 8, 8));
        await api.PostAsync(AdultJson("old", number, name: "买买提·艾力"), AdultJson("plain", DemoIdentities.ResidentId(new Randomizer(66), "65", new DateOnly(1989, 9, 9))));
        // As a filing stored before the fold existed would hold it.
        await using (var db = portal.CreateDbContext())
            await db.Filings.Where(f => f.PlatformId == api.Platform.Id && f.PlatformPublisherId == "old").ExecuteUpdateAsync(s => s.SetProperty(f => f.RealName, "买买提・艾力"));

        int first, second;
        await using (var scope = portal.Services.CreateAsyncScope())
            first = await ActivatorUtilities.CreateInstance<FilingNameCanonicalization>(scope.ServiceProvider).RunAsync();
        await using (var scope = portal.Services.CreateAsyncScope())
            second = await ActivatorUtilities.CreateInstance<FilingNameCanonicalization>(scope.ServiceProvider).RunAsync();

        Assert.True(first >= 1); // other tests' filings on this portal hold none, but the job counts the whole table
        Assert.Equal(0, second);
        await using var check = portal.CreateDbContext();
        var filing = await check.Filings.Include(f => f.History).SingleAsync(f => f.PlatformId == api.Platform.Id && f.PlatformPublisherId == "old");
        Assert.Equal("买买提·艾力", filing.RealName);
        var entry = filing.History.Single(h => h.Event == FilingEvent.NamesCanonicalized);
        Assert.Equal("买买提・艾力", entry.TypedNames);
        Assert.DoesNotContain((await check.Filings.Include(f => f.History).SingleAsync(f => f.PlatformId == api.Platform.Id && f.PlatformPublisherId == "plain")).History,
            h => h.Event == FilingEvent.NamesCanonicalized);
    }
}
