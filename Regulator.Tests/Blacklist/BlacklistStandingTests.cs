using Regulator.Domain.Blacklist;
using static Regulator.Tests.Blacklist.BlacklistLifecycleTests;

namespace Regulator.Tests.Blacklist;

public sealed class BlacklistStandingTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    [Fact]
    public void The_strongest_entry_in_force_answers_most_severe_first_then_longest()
    {
        var warning = Published(BlacklistSeverity.Warning, endsOn: Today.AddDays(300));
        var shortBan = Published(BlacklistSeverity.TimedBan, endsOn: Today.AddDays(10));
        var longBan = Published(BlacklistSeverity.TimedBan, endsOn: Today.AddDays(100));

        Assert.Equal(new BlacklistStanding(BlacklistSeverity.TimedBan, Today.AddDays(100)), BlacklistStanding.Of([warning, shortBan, longBan], Today));
        Assert.Equal(new BlacklistStanding(BlacklistSeverity.Warning, Today.AddDays(300)), BlacklistStanding.Of([warning, shortBan, longBan], Today.AddDays(101)));
        Assert.Null(BlacklistStanding.Of([warning], Today.AddDays(301)));
    }

    [Fact]
    public void Entries_not_published_give_no_standing()
    {
        Assert.Null(BlacklistStanding.Of([Proposed()], Today));
    }

    [Fact]
    public async Task The_published_copy_answers_by_blind_index_and_follows_feed_lines_in_order()
    {
        var list = new PublishedBlacklist();
        Assert.False(list.IsLoaded);
        var a = Enumerable.Repeat((byte)1, 32).ToArray();
        var b = Enumerable.Repeat((byte)2, 32).ToArray();
        await list.LoadAsync(new[] { (a, new BlacklistStanding(BlacklistSeverity.Permanent, null)) }.ToAsyncEnumerable(), version: 5);
        Assert.True(list.IsLoaded);
        Assert.Equal(BlacklistSeverity.Permanent, list.Lookup(a, Today)?.Severity);
        Assert.Null(list.Lookup(b, Today));

        list.Apply(
        [
            new BlacklistChange { Version = 7, BlindIndex = a, Kind = BlacklistChangeKind.Removed },
            new BlacklistChange { Version = 6, BlindIndex = b, Kind = BlacklistChangeKind.Added, Severity = BlacklistSeverity.TimedBan, EndsOn = Today },
            new BlacklistChange { Version = 5, BlindIndex = a, Kind = BlacklistChangeKind.Added, Severity = BlacklistSeverity.Warning, EndsOn = Today },
        ]);

        Assert.Equal(7, list.Version);
        Assert.Null(list.Lookup(a, Today));
        Assert.Equal(new BlacklistStanding(BlacklistSeverity.TimedBan, Today), list.Lookup(b, Today));
        Assert.Null(list.Lookup(b, Today.AddDays(1)));
    }
}
