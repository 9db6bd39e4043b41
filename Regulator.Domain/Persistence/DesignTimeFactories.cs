using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Regulator.Domain.Scoping;

namespace Regulator.Domain.Persistence;

// Used by dotnet-ef only; the connection strings are never opened when adding migrations.
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteRegulatorDbContext>
{
    public SqliteRegulatorDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteRegulatorDbContext>().UseSqlite("Data Source=design.db").Options, SystemActor.Instance);
}

internal sealed class NpgsqlDesignTimeFactory : IDesignTimeDbContextFactory<NpgsqlRegulatorDbContext>
{
    public NpgsqlRegulatorDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<NpgsqlRegulatorDbContext>().UseNpgsql("Host=localhost;Database=design").Options, SystemActor.Instance);
}
