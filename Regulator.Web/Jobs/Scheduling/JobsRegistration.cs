using Hangfire;
using Hangfire.AspNetCore;
using Hangfire.Common;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;
using Hangfire.Storage.SQLite;
using Microsoft.Data.Sqlite;
using Regulator.Domain.Jobs;
using Regulator.Domain.Persistence;
using Regulator.Web.Shared.Lists;

namespace Regulator.Web.Jobs.Scheduling;

public static class JobsRegistration
{
    /// <summary>Hangfire's tables on PostgreSQL live in this schema of the portal's database, apart from the portal's own.</summary>
    public const string PostgresSchema = "hangfire";

    /// <summary>
    /// Hangfire hosted in the portal: on PostgreSQL its storage is in the portal's database (schema
    /// <see cref="PostgresSchema"/>) and any number of portal instances share the queue, each recurring firing running
    /// once and a dead instance's job taken over after <see cref="JobsOptions.InvisibilityTimeout"/>; on SQLite its
    /// own file beside the portal's (an embedded file has one writer anyway). Everything Hangfire keeps statically
    /// (storage, filters, activator) is given per portal instead, so several portals in one process (the tests) do
    /// not share one. The work the jobs do registers in its own feature (<c>AddInspections</c>, <c>AddDocuments</c>).
    /// </summary>
    public static IServiceCollection AddJobs(this IServiceCollection services, IConfiguration configuration)
    {
        var database = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        var jobs = configuration.GetSection(JobsOptions.Section).Get<JobsOptions>() ?? new JobsOptions();
        services.Configure<JobsOptions>(configuration.GetSection(JobsOptions.Section));

        services.AddSingleton<JobStorage>(sp =>
        {
            // Hangfire's process-wide settings (this portal's log provider among them) first: the storage logs as it opens.
            sp.GetRequiredService<IGlobalConfiguration>();
            return database.IsPostgres ? PostgresStorage(database.ConnectionString, jobs) : SqliteStorage(database.ConnectionString, jobs);
        });
        services.AddSingleton<JobActivator>(sp => new AspNetCoreJobActivator(sp.GetRequiredService<IServiceScopeFactory>()));
        services.AddSingleton<IJobFilterProvider>(sp => new JobFilterProviderCollection(Filters(sp, jobs), new JobFilterAttributeFilterProvider()));
        services.AddSingleton<IBackgroundJobClient>(sp => new BackgroundJobClient(sp.GetRequiredService<JobStorage>(), sp.GetRequiredService<IJobFilterProvider>()));
        services.AddSingleton<IRecurringJobManagerV2>(sp => new RecurringJobManager(sp.GetRequiredService<JobStorage>(), sp.GetRequiredService<IJobFilterProvider>(), new DefaultTimeZoneResolver()));
        services.AddSingleton<IRecurringJobManager>(sp => sp.GetRequiredService<IRecurringJobManagerV2>());
        // Registers what Hangfire's server and dashboard look up; the services above, added first, are the ones used.
        services.AddHangfire((sp, c) => c.SetDataCompatibilityLevel(CompatibilityLevel.Version_180).UseRecommendedSerializerSettings()
            .UseLogProvider(new HangfireLogProvider(sp.GetRequiredService<ILoggerFactory>())));
        services.AddHangfireServer((sp, o) =>
        {
            o.WorkerCount = jobs.MaxConcurrency;
            o.SchedulePollingInterval = jobs.SchedulePollingInterval;
            o.ServerName = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid().ToString("N")[..6]}";
            // Stopping a node does not wait for a long inspection: its job goes back to the queue for the next node.
            o.ShutdownTimeout = TimeSpan.FromSeconds(5);
        });
        services.AddSingleton<JobRunReporter>();
        services.AddHostedService<RecurringScheduleSeeder>();
        services.AddScoped<JobControl>();

        services.AddScoped<JobRunLog>();
        services.AddScoped<JobOperations>();
        services.AddList<JobRunList>();
        return services;
    }

    /// <summary>
    /// Hangfire's default filters, with the retry policy from <see cref="JobsOptions"/> (a job that still fails is
    /// left failed, visible on both dashboards, and holds up no other) and the portal's record of runs.
    /// </summary>
    private static JobFilterCollection Filters(IServiceProvider services, JobsOptions jobs)
    {
        var filters = new JobFilterCollection();
        filters.Add(new CaptureCultureAttribute());
        filters.Add(new AutomaticRetryAttribute { Attempts = jobs.RetryAttempts, DelaysInSeconds = jobs.RetryDelaysInSeconds(), OnAttemptsExceeded = AttemptsExceededAction.Fail });
        filters.Add(new StatisticsHistoryAttribute());
        filters.Add(new ContinuationsSupportAttribute());
        filters.Add(new JobRunFilter(services.GetRequiredService<IServiceScopeFactory>(), jobs, services.GetRequiredService<ILogger<JobRunFilter>>()));
        return filters;
    }

    private static PostgreSqlStorage PostgresStorage(string connectionString, JobsOptions jobs)
    {
        var options = new PostgreSqlStorageOptions
        {
            SchemaName = PostgresSchema,
            PrepareSchemaIfNecessary = true,
            // Installs the schema before the portal goes on, rather than in the background on first use.
            StartupConnectionMaxRetries = 0,
            // The running node keeps pushing its job's invisibility forward, so the timeout can be short: a dead
            // node's job is free for another node after this long, instead of Hangfire.PostgreSql's default 30 minutes.
            UseSlidingInvisibilityTimeout = true,
            InvisibilityTimeout = jobs.InvisibilityTimeout,
            QueuePollInterval = jobs.QueuePollInterval,
            DistributedLockTimeout = TimeSpan.FromMinutes(1),
        };
        return new PostgreSqlStorage(new NpgsqlConnectionFactory(connectionString, options), options);
    }

    private static SQLiteStorage SqliteStorage(string connectionString, JobsOptions jobs) =>
        new(SqliteStoragePath(connectionString, jobs), new SQLiteStorageOptions
        {
            InvisibilityTimeout = jobs.InvisibilityTimeout,
            QueuePollInterval = jobs.QueuePollInterval,
        });

    /// <summary><see cref="JobsOptions.SqliteStoragePath"/>, or the portal database's file name with <c>.hangfire</c> before its extension.</summary>
    public static string SqliteStoragePath(string connectionString, JobsOptions jobs)
    {
        if (!string.IsNullOrWhiteSpace(jobs.SqliteStoragePath)) return jobs.SqliteStoragePath;
        var portal = new SqliteConnectionStringBuilder(connectionString).DataSource;
        var path = Path.Combine(Path.GetDirectoryName(portal) ?? "", Path.GetFileNameWithoutExtension(portal) + ".hangfire" + Path.GetExtension(portal));
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        return path;
    }
}
