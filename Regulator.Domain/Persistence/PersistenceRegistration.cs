using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Regulator.Domain.Persistence;

public static class PersistenceRegistration
{
    /// <summary>
    /// Registers <see cref="RegulatorDbContext"/> backed by the provider named in <c>Database:Provider</c>, both as a
    /// scoped context (a request's unit of work) and as <see cref="IDbContextFactory{TContext}"/> of
    /// <see cref="RegulatorDbContext"/>, for interactive components that need one context per operation. The factory
    /// is scoped, not a singleton, so each context it makes reads the actor of the scope (request or circuit) that
    /// asked for it: a singleton factory would build contexts from the root provider, where no actor is known.
    /// </summary>
    public static IServiceCollection AddRegulatorPersistence(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        services.AddSingleton(options);
        if (options.IsPostgres)
        {
            services.AddDbContextFactory<NpgsqlRegulatorDbContext>(o => o.UseNpgsql(WithPreparedStatements(options.ConnectionString)), ServiceLifetime.Scoped);
            services.AddScoped<IDbContextFactory<RegulatorDbContext>, RegulatorDbContextFactory<NpgsqlRegulatorDbContext>>();
            services.AddScoped<RegulatorDbContext>(sp => sp.GetRequiredService<NpgsqlRegulatorDbContext>());
        }
        else
        {
            EnsureSqliteDirectory(options.ConnectionString);
            services.AddDbContextFactory<SqliteRegulatorDbContext>(o => o.UseSqlite(options.ConnectionString), ServiceLifetime.Scoped);
            services.AddScoped<IDbContextFactory<RegulatorDbContext>, RegulatorDbContextFactory<SqliteRegulatorDbContext>>();
            services.AddScoped<RegulatorDbContext>(sp => sp.GetRequiredService<SqliteRegulatorDbContext>());
        }
        return services;
    }

    /// <summary>
    /// The portal sends the same few statements all day (intake's lookups and writes for every batch, the inbox's lists),
    /// and PostgreSQL parsed and planned each one every time: preparing them on each connection after a few uses cut the
    /// database's CPU per report by 14-20 % in the intake benchmark. A connection string that sets
    /// <c>Max Auto Prepare</c> itself keeps its own value.
    /// </summary>
    private static string WithPreparedStatements(string connectionString)
    {
        var given = new DbConnectionStringBuilder { ConnectionString = connectionString };
        if (given.ContainsKey("Max Auto Prepare") || given.ContainsKey("MaxAutoPrepare")) return connectionString;
        return new NpgsqlConnectionStringBuilder(connectionString) { MaxAutoPrepare = 50 }.ConnectionString;
    }

    private static void EnsureSqliteDirectory(string connectionString)
    {
        var path = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(connectionString).DataSource;
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(directory)) Directory.CreateDirectory(directory);
    }
}
