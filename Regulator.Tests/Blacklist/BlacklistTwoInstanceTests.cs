using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Regulator.Domain.Persistence;
using Regulator.Domain.Platforms;
using Regulator.Tests.Infrastructure;
using static Regulator.Tests.Blacklist.BlacklistArrange;

namespace Regulator.Tests.Blacklist;

/// <summary>
/// Two portal instances on one PostgreSQL database, each with its own in-memory copy of the list: a publication or
/// lift made through one is answered by the other within 5 seconds.
/// </summary>
public sealed class BlacklistTwoInstanceTests : IAsyncLifetime
{
    private readonly BlacklistPortal _first = new(DatabaseProvider.Postgres);
    private BlacklistPortal? _second;

    public Task InitializeAsync()
    {
        _ = _first.Services; // start the first instance: it migrates and seeds the shared database
        _second = new BlacklistPortal(DatabaseProvider.Postgres, sharedConnectionString: _first.Services.GetRequiredService<DatabaseOptions>().ConnectionString);
        _ = _second.Services;
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        if (_second is not null) await _second.DisposeAsync();
        await _first.DisposeAsync();
    }

    [Fact]
    public async Task A_change_made_on_one_instance_is_answered_by_the_other_within_5_seconds()
    {
        // The key is issued through the first instance; the second reads it from the shared database.
        var (_, throughFirst) = await PlatformClientAsync(_first, PlatformApiScopes.BlacklistCheck);
        var secondClient = _second!.CreatePortalClient();
        secondClient.DefaultRequestHeaders.Authorization = throughFirst.DefaultRequestHeaders.Authorization;
        var number = NewIdentity();
        Assert.False(await secondClient.IsOnListAsync(number));

        var entry = await PublishAsync(_first, number);
        var published = await secondClient.WaitUntilOnListIsAsync(number, expected: true);

        await LiftAsync(_first, entry.Id);
        var lifted = await secondClient.WaitUntilOnListIsAsync(number, expected: false);

        Assert.True(published < TimeSpan.FromSeconds(5) && lifted < TimeSpan.FromSeconds(5), $"published after {published}, lifted after {lifted}");
        await using var db = _first.CreateDbContext();
        Assert.Equal(2, await db.BlacklistChanges.CountAsync(c => c.BlindIndex == entry.IdentityBlindIndex));
    }
}
