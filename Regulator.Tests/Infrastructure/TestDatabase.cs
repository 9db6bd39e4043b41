using Microsoft.EntityFrameworkCore;
using Regulator.Domain.Persistence;
using Regulator.Domain.Scoping;

namespace Regulator.Tests.Infrastructure;

/// <summary>
/// An empty database of its own for one test or one fixture, so tests never see each other's rows and can
/// run in parallel. Disposing it deletes the database.
/// </summary>
public abstract class TestDatabase : IDisposable
{
    public abstract DatabaseProvider Provider { get; }
    public abstract string ConnectionString { get; }

    /// <summary>A context on this database as the given actor (the unrestricted system by default).</summary>
    public abstract RegulatorDbContext CreateContext(ICurrentActor? actor = null);

    /// <summary>Applies the provider's migration set, as the portal does at start-up.</summary>
    public async Task MigrateAsync()
    {
        await using var db = CreateContext();
        await db.Database.MigrateAsync();
    }

    /// <summary>A fresh database with the schema in place, holding whatever <paramref name="arrange"/> adds.</summary>
    public static async Task<TestDatabase> CreateMigratedAsync(DatabaseProvider provider, Func<RegulatorDbContext, Task>? arrange = null)
    {
        var database = Create(provider);
        try
        {
            await database.MigrateAsync();
            if (arrange is not null)
            {
                await using var db = database.CreateContext();
                await arrange(db);
                await db.SaveChangesAsync();
            }
            return database;
        }
        catch
        {
            database.Dispose();
            throw;
        }
    }

    public static TestDatabase Create(DatabaseProvider provider) => provider switch
    {
        DatabaseProvider.Sqlite => new SqliteTestDatabase(),
        DatabaseProvider.Postgres => new PostgresTestDatabase(),
        _ => throw new ArgumentOutOfRangeException(nameof(provider)),
    };

    public abstract void Dispose();
}
