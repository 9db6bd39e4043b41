using Microsoft.EntityFrameworkCore;
using Npgsql;
using Regulator.Domain.Persistence;
using Regulator.Domain.Scoping;

namespace Regulator.Tests.Infrastructure;

/// <summary>A uniquely named database on the run's <see cref="PostgresServer"/>, dropped on dispose.</summary>
public sealed class PostgresTestDatabase : TestDatabase
{
    private readonly string _name = $"regulator_test_{Guid.NewGuid():N}";

    public PostgresTestDatabase()
    {
        PostgresServer.Execute($"CREATE DATABASE \"{_name}\"");
        ConnectionString = PostgresServer.ConnectionString(_name);
    }

    public override DatabaseProvider Provider => DatabaseProvider.Postgres;
    public override string ConnectionString { get; }

    public override RegulatorDbContext CreateContext(ICurrentActor? actor = null) =>
        new NpgsqlRegulatorDbContext(new DbContextOptionsBuilder<NpgsqlRegulatorDbContext>().UseNpgsql(ConnectionString).Options, actor ?? SystemActor.Instance);

    public override void Dispose()
    {
        using (var connection = new NpgsqlConnection(ConnectionString)) NpgsqlConnection.ClearPool(connection);
        // FORCE ends connections a stopped host may still hold, which would otherwise block the drop.
        PostgresServer.Execute($"DROP DATABASE IF EXISTS \"{_name}\" WITH (FORCE)");
    }
}
