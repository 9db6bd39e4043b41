using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Regulator.Tests.Infrastructure;

namespace Regulator.Tests.Persistence;

public sealed class MigrationTests
{
    [Theory, BothProviders]
    public async Task The_migration_set_matches_the_model(DatabaseProvider provider)
    {
        using var database = TestDatabase.Create(provider);
        await using var db = database.CreateContext();

        Assert.False(db.Database.HasPendingModelChanges(),
            $"The model has changed since the last {provider} migration: add one with scripts/add-migration.sh <Name>.");
    }

    [Theory, BothProviders]
    public async Task The_migrations_apply_to_a_fresh_database(DatabaseProvider provider)
    {
        using var database = TestDatabase.Create(provider);

        await database.MigrateAsync();

        await using var db = database.CreateContext();
        var all = db.Database.GetMigrations().ToList();
        // The history was folded into one initial migration per provider (README, "Migrations"); later ones follow it.
        Assert.EndsWith("_Initial", all[0]);
        Assert.Equal(all, await db.Database.GetAppliedMigrationsAsync());
        // Each provider owns its migrations: the set applied must be the one in its own namespace.
        var assembly = db.GetService<IMigrationsAssembly>();
        Assert.All(assembly.Migrations.Values, type => Assert.EndsWith(provider == DatabaseProvider.Postgres ? ".Npgsql" : ".Sqlite", type.Namespace));
        // The fold kept the hand-written view the model maps FilingIdentityLinks to (the triggers: AuditAppendOnlyTests).
        Assert.Equal(0, await db.Database.SqlQueryRaw<int>("SELECT COUNT(*) AS \"Value\" FROM \"FilingIdentityLinks\"").SingleAsync());
    }
}
