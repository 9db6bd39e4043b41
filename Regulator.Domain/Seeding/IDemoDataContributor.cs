using Regulator.Domain.Platforms;

namespace Regulator.Domain.Seeding;

/// <summary>A feature's part of the demo data, run after the platforms exist (filings, reports, blacklist…).</summary>
public interface IDemoDataContributor
{
    Task SeedAsync(IReadOnlyList<Platform> platforms, DemoScale scale, CancellationToken ct);
}
