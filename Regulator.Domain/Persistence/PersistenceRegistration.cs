using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Regulator.Domain.Persistence;

public static class PersistenceRegistration
{
    /// <summary>Registers <see cref="RegulatorDbContext"/> backed by the provider named in <c>Database:Provider</c>.</summary>
    public static IServiceCollection AddRegulatorPersistence(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        services.AddSingleton(options);
        if (options.IsPostgres)
        {
            services.AddDbContext<NpgsqlRegulatorDbContext>(o => o.UseNpgsql(options.ConnectionString));
            services.AddScoped<RegulatorDbContext>(sp => sp.GetRequiredService<NpgsqlRegulatorDbContext>());
        }
        else
        {
            EnsureSqliteDirectory(options.ConnectionString);
            services.AddDbContext<SqliteRegulatorDbContext>(o => o.UseSqlite(options.ConnectionString));
            services.AddScoped<RegulatorDbContext>(sp => sp.GetRequiredService<SqliteRegulatorDbContext>());
        }
        return services;
    }

    private static void EnsureSqliteDirectory(string connectionString)
    {
        var path = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(connectionString).DataSource;
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(directory)) Directory.CreateDirectory(directory);
    }
}
