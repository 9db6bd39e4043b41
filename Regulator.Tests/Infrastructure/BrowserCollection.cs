namespace Regulator.Tests.Infrastructure;

/// <summary>
/// The browser tests share one Chromium and one Kestrel-hosted portal (xUnit creates collection fixtures once
/// for all classes in the collection). They run after the parallel tests, alone: on two cores, a browser
/// competing with a dozen portals starting up missed its 30-second load timeout.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>, ICollectionFixture<KestrelPortal>
{
    public const string Name = "Browser";
}
