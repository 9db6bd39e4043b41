using Quartz;
using Regulator.Domain.Documents;
using Regulator.Domain.EnforcementReports;
using Regulator.Domain.Inspections;
using Regulator.Domain.Inspections.Rules;
using Regulator.Domain.Jobs;
using Regulator.Domain.Persistence;
using Regulator.Domain.Seeding;
using Regulator.Web.Jobs.Documents;
using Regulator.Web.Jobs.Pdf;

namespace Regulator.Web.Jobs.Scheduling;

public static class JobsRegistration
{
    /// <summary>
    /// Quartz hosted in the portal with a persistent store in the portal's own database: clustered on PostgreSQL
    /// (any number of portal instances share the schedule and take over each other's interrupted work), a single
    /// node on SQLite (an embedded file has one writer anyway). Plus the inspections and the PDF documents.
    /// </summary>
    public static IServiceCollection AddJobs(this IServiceCollection services, IConfiguration configuration)
    {
        var database = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        var jobs = configuration.GetSection(JobsOptions.Section).Get<JobsOptions>() ?? new JobsOptions();
        services.Configure<JobsOptions>(configuration.GetSection(JobsOptions.Section));
        services.Configure<PdfOptions>(configuration.GetSection(PdfOptions.Section));
        services.Configure<InspectionOptions>(configuration.GetSection(InspectionOptions.Section));

        services.AddQuartz(q =>
        {
            q.UseDefaultThreadPool(jobs.MaxConcurrency);
            q.UseDefaultTimeZone(CronSchedule.ChinaZone);
            q.UsePersistentStore(store =>
            {
                store.ConfigureStore(o =>
                {
                    o.TablePrefix = SchedulerSchema.TablePrefix;
                    // The tables come from the portal's migrations; the store only checks they are there.
                    o.SchemaProvisioning = SchemaProvisioning.Validate;
                    // A node shutting down hands a job that asked for recovery back to the cluster instead of dropping it.
                    o.RecoverFiringsCancelledByShutdown = true;
                });
                if (database.IsPostgres)
                {
                    store.UsePostgres(database.ConnectionString);
                    store.UseClustering(c =>
                    {
                        c.CheckinInterval = jobs.ClusterCheckinInterval;
                        c.CheckinMisfireThreshold = jobs.ClusterCheckinMisfireThreshold;
                    });
                }
                else
                {
                    store.UseSqlite(database.ConnectionString);
                }
            });
            q.UseDefaultRetryPolicy(RetryPolicy.Exponential(jobs.RetryAttempts, jobs.RetryInitialDelay, 2.0, jobs.RetryMaxDelay));
            q.AddJobListener<JobRunListener>();
            foreach (var job in RecurringJobs.All)
                q.AddJob(job.JobType, j => j.WithIdentity(job.JobKey).StoreDurably().RequestRecovery());
        });
        services.AddQuartzHostedService(o =>
        {
            // Stopping a node must not wait for a long inspection: the cluster (or the next start) recovers it.
            o.WaitForJobsToComplete = false;
            o.AwaitApplicationStarted = true;
        });
        services.AddHostedService<RecurringScheduleSeeder>();
        services.AddScoped<JobControl>();

        services.AddScoped<JobRunLog>();
        services.AddScoped<InspectionRunner>();
        services.AddScoped<IDemoDataContributor, InspectionsDemoData>();
        services.AddSingleton<MinorPublishers>();
        services.AddSingleton<IInspectionRule, MinorUnderSixteenRule>();
        services.AddSingleton<IInspectionRule, MinorWithoutConsentRule>();
        services.AddSingleton<IInspectionRule, NewsWithoutLicenceRule>();
        services.AddSingleton<IInspectionRule, ExpiredLicenceRule>();
        services.AddSingleton<IInspectionRule, ReviewOverdueRule>();
        services.AddSingleton<IInspectionRule, ReportsOverdueRule>();
        services.AddSingleton<IInspectionRule, BlacklistedIdentityRule>();
        services.AddScoped<EnforcementFiguresQuery>();
        services.AddScoped<DocumentArchive>();
        services.AddScoped<FindingsDocumentWriter>();
        services.AddScoped<EnforcementReportWriter>();
        services.AddSingleton<DocumentHtmlRenderer>();
        services.AddSingleton<EchartsScript>();
        services.AddSingleton<PdfPrinter>();
        return services;
    }
}
