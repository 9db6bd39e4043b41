using Microsoft.EntityFrameworkCore;
using Regulator.Domain.Persistence;
using Regulator.Domain.Seeding;

namespace Regulator.Web;

public static class DatabaseStartup
{
    /// <summary>Applies the provider's migrations and, when <c>Seeding:Demo</c> is on and the database is empty, seeds demo data.</summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RegulatorDbContext>();
        await db.Database.MigrateAsync();
        if (app.Configuration.GetValue<bool>("Seeding:Demo"))
        {
            var seeder = ActivatorUtilities.CreateInstance<DemoDataSeeder>(scope.ServiceProvider);
            await seeder.SeedIfEmptyAsync(DemoScale.FromConfiguration(app.Configuration));
            DemoSignInBanner.PrintWhenStarted(app);
        }
    }

    /// <summary>
    /// <c>seed [--publishers N] [--platforms N]</c> migrates and seeds, then exits; used by the run script and the benchmarks.
    /// Returns false when no command was given, so the portal starts.
    /// </summary>
    public static async Task<bool> RunCommandLineToolsAsync(this WebApplication app, string[] args)
    {
        if (args.Length == 0 || args[0] != "seed") return false;
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RegulatorDbContext>();
        await db.Database.MigrateAsync();
        var seeder = ActivatorUtilities.CreateInstance<DemoDataSeeder>(scope.ServiceProvider);
        var scale = DemoScale.FromArguments(args.Skip(1).ToArray());
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var seeded = await seeder.SeedIfEmptyAsync(scale);
        Console.WriteLine(seeded
            ? $"Seeded demo data: {scale} in {System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalSeconds:F2} s."
            : "The database already holds data; nothing seeded.");
        return true;
    }
}
