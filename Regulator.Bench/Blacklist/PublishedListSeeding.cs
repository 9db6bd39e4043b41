using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Regulator.Domain.Blacklist;
using Regulator.Domain.Persistence;
using Regulator.Domain.Seeding;

namespace Regulator.Bench.Blacklist;

/// <summary>
/// <c>dotnet Regulator.Bench.dll blacklist --entries N</c> (after <c>seed --platforms 12 --publishers 0 --blacklist 0</c>):
/// writes N published blacklist entries with the demo seeder's own blacklist step (<see cref="BlacklistDemoContributor"/>:
/// the first 60 through the real circulation, the rest by binary COPY with their encrypted number, blind index, history
/// and feed line; numbers from <see cref="BlacklistDemoContributor.BenchmarkIdentity"/>) and nothing else. The full
/// <c>seed --blacklist N</c> also runs the demo's credit step, which records one credit fact per published entry and
/// takes hours for a million; the check benchmark and the soak (<c>scripts/bench-blacklist.sh</c>,
/// <c>scripts/fault-soak-blacklist.sh</c>) need the list only. Prints the time taken.
/// </summary>
public static class PublishedListSeeding
{
    public static async Task RunAsync(string[] args)
    {
        var entries = CommandLine.Int(args, "--entries", 1_000_000);
        await using var portal = PortalHost.Build(args);
        await using var scope = portal.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<RegulatorDbContext>();
        if (await db.BlacklistEntries.IgnoreQueryFilters().AnyAsync())
            throw new InvalidOperationException("The database already holds blacklist entries; seed it with --blacklist 0 first.");
        var platforms = await db.Platforms.IgnoreQueryFilters().OrderBy(p => p.Id).ToListAsync();
        if (platforms.Count == 0) throw new InvalidOperationException("No platforms: run the portal's seed command first.");
        var step = services.GetServices<IDemoDataContributor>().OfType<BlacklistDemoContributor>().Single();
        var watch = Stopwatch.StartNew();
        await step.SeedAsync(platforms, new DemoScale(Platforms: platforms.Count, Publishers: 0, BlacklistEntries: entries), CancellationToken.None);
        var published = await db.BlacklistEntries.IgnoreQueryFilters().CountAsync(e => e.State == BlacklistState.Published);
        Console.WriteLine($"Seeded {entries:N0} blacklist entries ({published:N0} published) in {watch.Elapsed.TotalSeconds:F1} s.");
    }
}
