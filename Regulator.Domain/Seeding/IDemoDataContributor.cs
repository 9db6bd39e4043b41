using Regulator.Domain.Platforms;

namespace Regulator.Domain.Seeding;

/// <summary>A feature's part of the demo data, run after the platforms exist (filings, reports, blacklist…).</summary>
public interface IDemoDataContributor
{
    /// <summary>When it runs among the contributors, lowest first; features whose records others read run first (default 0).</summary>
    int SeedOrder => 0;

    Task SeedAsync(IReadOnlyList<Platform> platforms, DemoScale scale, CancellationToken ct);
}
