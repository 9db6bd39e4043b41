using Microsoft.EntityFrameworkCore;
using Regulator.Domain.Credit;
using Regulator.Domain.Filings;
using Regulator.Domain.Persistence;
using Regulator.Domain.Seeding;

namespace Regulator.Web;

public static class DatabaseStartup
{
    /// <summary>Applies the provider's migrations, loads the stored holiday calendar into the working calendar and, when <c>Seeding:Demo</c> is on and the database is empty, seeds demo data.</summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RegulatorDbContext>();
        var pending = (await db.Database.GetPendingMigrationsAsync()).ToList();
        await db.Database.MigrateAsync();
        await scope.ServiceProvider.GetRequiredService<HolidayCalendar>().LoadAsync();
        // The migration that brought canonical names also brings the names stored before it to that form.
        if (pending.Any(m => m.EndsWith(CanonicalNamesMigration, StringComparison.Ordinal)))
        {
            var changed = await ActivatorUtilities.CreateInstance<FilingNameCanonicalization>(scope.ServiceProvider).RunAsync();
            app.Logger.LogInformation("Canonical names: {Changed} filings changed (look-alike middle dots folded to U+00B7, the typed names kept in their history).", changed);
        }
        if (app.Configuration.GetValue<bool>("Seeding:Demo"))
        {
            var seeder = ActivatorUtilities.CreateInstance<DemoDataSeeder>(scope.ServiceProvider);
            await seeder.SeedIfEmptyAsync(DemoScale.FromConfiguration(app.Configuration));
            DemoSignInBanner.PrintWhenStarted(app);
        }
    }

    /// <summary>The migration that introduced identity document types and canonical names.</summary>
    public const string CanonicalNamesMigration = "_IdentityDocuments";

    /// <summary>
    /// <c>seed [--publishers N] [--platforms N]</c> migrates and seeds, then exits; used by the run script and the benchmarks.
    /// <c>canonicalize-names</c> migrates, brings stored names to their canonical form and prints how many filings it changed.
    /// Returns false when no command was given, so the portal starts.
    /// </summary>
    public static async Task<bool> RunCommandLineToolsAsync(this WebApplication app, string[] args)
    {
        if (args.Length == 0 || args[0] is not ("seed" or "canonicalize-names")) return false;
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RegulatorDbContext>();
        await db.Database.MigrateAsync();
        await scope.ServiceProvider.GetRequiredService<HolidayCalendar>().LoadAsync();
        if (args[0] == "canonicalize-names")
        {
            var changed = await ActivatorUtilities.CreateInstance<FilingNameCanonicalization>(scope.ServiceProvider).RunAsync();
            Console.WriteLine($"Canonical names: {changed} filings changed.");
            return true;
        }
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
