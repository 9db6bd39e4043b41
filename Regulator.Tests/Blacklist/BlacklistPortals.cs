using System.Collections.Concurrent;
using Regulator.Tests.Infrastructure;

namespace Regulator.Tests.Blacklist;

/// <summary>Class fixture: one <see cref="BlacklistPortal"/> per provider, created on first use.</summary>
public sealed class BlacklistPortals : IAsyncLifetime
{
    private readonly ConcurrentDictionary<DatabaseProvider, Lazy<BlacklistPortal>> _portals = new();

    public BlacklistPortal this[DatabaseProvider provider] =>
        _portals.GetOrAdd(provider, p => new Lazy<BlacklistPortal>(() => new BlacklistPortal(p))).Value;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var portal in _portals.Values.Where(p => p.IsValueCreated)) await portal.Value.DisposeAsync();
    }
}
