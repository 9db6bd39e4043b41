using Bogus;
using Regulator.Domain.Common;
using Regulator.Domain.Platforms;
using Regulator.Domain.Seeding;
using Regulator.Tests.Infrastructure;

namespace Regulator.Tests.Common;

/// <summary>Keyset paging in both directions: next pages visit every row once, previous pages retrace them exactly.</summary>
public sealed class KeysetPagingTests(ProviderPortals portals) : IClassFixture<ProviderPortals>
{
    [Theory, BothProviders]
    public async Task Next_then_previous_visits_every_row_once_and_retraces_the_same_pages(DatabaseProvider provider)
    {
        var portal = portals[provider];
        await using var db = portal.CreateDbContext();
        var random = new Randomizer(5);
        var at = DateTime.UtcNow.AddDays(-2);
        // Several rows share an instant, so the id must break ties in both directions.
        db.Platforms.AddRange(Enumerable.Range(0, 47).Select(i => new Platform
        {
            Name = $"键集平台{i}", Uscc = DemoIdentities.UnifiedSocialCreditCode(random, "31"), ProvinceCode = "31",
            Agency = Agency.Cyberspace, CreatedUtc = at.AddMinutes(-(i / 4)),
        }));
        await db.SaveChangesAsync();
        var filtered = db.Platforms.Where(p => p.Name.StartsWith("键集平台"));

        Task<ListPage<Key>> Read(ListRequest page) => KeysetPaging.PageAsync(filtered, p => p.CreatedUtc, p => p.Id, newestFirst: true, page,
            p => new Key(p.Id, p.CreatedUtc), r => (r.Utc, r.Id));

        var forward = new List<ListPage<Key>> { await Read(new ListRequest(20)) };
        while (forward[^1].Next is { } next) forward.Add(await Read(new ListRequest(20, After: next)));
        var backward = new List<ListPage<Key>> { forward[^1] };
        while (backward[^1].Previous is { } previous) backward.Add(await Read(new ListRequest(20, Before: previous)));

        Assert.Equal([20, 20, 7], forward.Select(p => p.Items.Count));
        Assert.All(forward, p => Assert.Equal(47, p.Total));
        var ids = forward.SelectMany(p => p.Items.Select(r => r.Id)).ToList();
        Assert.Equal(47, ids.Distinct().Count());
        Assert.Equal(ids.OrderByDescending(id => forward.SelectMany(p => p.Items).Single(r => r.Id == id).Utc).ThenByDescending(id => id), ids);
        backward.Reverse();
        Assert.Equal(forward.Select(p => p.Items.Select(r => r.Id)), backward.Select(p => p.Items.Select(r => r.Id)));
        Assert.Null(forward[0].Previous);
    }

    private sealed record Key(int Id, DateTime Utc);

    [Fact]
    public void A_tampered_cursor_reads_as_the_first_page() =>
        Assert.Null(KeysetCursor.Decode("'; drop table x"));
}
