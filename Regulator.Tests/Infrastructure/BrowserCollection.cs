namespace Regulator.Tests.Infrastructure;

/// <summary>
/// The browser tests share one Chromium and one Kestrel-hosted portal; xUnit creates collection fixtures
/// once for all classes in the collection, which also keeps the browser tests from competing for the two cores.
/// </summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>, ICollectionFixture<KestrelPortal>
{
    public const string Name = "Browser";
}
