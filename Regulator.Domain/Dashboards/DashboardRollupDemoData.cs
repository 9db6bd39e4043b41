using Regulator.Domain.Platforms;
using Regulator.Domain.Seeding;

namespace Regulator.Domain.Dashboards;

/// <summary>Rolls the seeded history up once seeding is done, so the dashboards have figures from the first page view.</summary>
public sealed class DashboardRollupDemoData(DashboardRollup rollup) : IDemoDataContributor
{
    /// <summary>Last: after every feature's records exist.</summary>
    public int SeedOrder => 1000;

    public Task SeedAsync(IReadOnlyList<Platform> platforms, DemoScale scale, CancellationToken ct) => rollup.CatchUpAsync(ct);
}
