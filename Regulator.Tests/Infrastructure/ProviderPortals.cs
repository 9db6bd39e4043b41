using System.Collections.Concurrent;

namespace Regulator.Tests.Infrastructure;

/// <summary>
/// Class fixture for tests that run as a theory over <see cref="DatabaseProvider"/>: one portal per provider
/// for the test class, created on first use so a class that never asks for PostgreSQL never needs it.
/// </summary>
public sealed class ProviderPortals : IAsyncLifetime
{
    private readonly ConcurrentDictionary<DatabaseProvider, Lazy<PortalFactory>> _portals = new();

    public PortalFactory this[DatabaseProvider provider] =>
        _portals.GetOrAdd(provider, p => new Lazy<PortalFactory>(() => new PortalFactory(p))).Value;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var portal in _portals.Values.Where(p => p.IsValueCreated)) await portal.Value.DisposeAsync();
    }
}
