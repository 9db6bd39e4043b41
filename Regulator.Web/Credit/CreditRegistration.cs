using Regulator.Domain.Credit;
using Regulator.Domain.Seeding;
using Regulator.Web.Shared.Lists;

namespace Regulator.Web.Credit;

public static class CreditRegistration
{
    /// <summary>The credit feature: grading, facts and their collector, the untrustworthy-entity procedure, the platform API's queries, demo data.</summary>
    public static IServiceCollection AddCredit(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<CreditOptions>(configuration.GetSection(CreditOptions.Section));
        services.Configure<CreditProcedureOptions>(configuration.GetSection(CreditProcedureOptions.Section));
        services.AddScoped<CreditGrading>();
        services.AddScoped<CreditSubjects>();
        services.AddScoped<CreditFactRecorder>();
        services.AddScoped<CreditFactCollector>();
        services.AddScoped<CreditModels>();
        services.AddScoped<CreditExplanations>();
        services.AddScoped<PlatformMeasures>();
        services.AddScoped<AdministrativePenalties>();
        services.AddScoped<UntrustworthyProcedure>();
        services.AddScoped<ListingCriteria>();
        services.AddScoped<HolidayCalendar>();
        services.AddScoped<ProcedureSettings>();
        services.AddScoped<PlatformCreditQuery>();
        services.AddScoped<CreditAnswerFeed>();
        services.AddSingleton(sp => new CreditAnswerTable(sp.GetRequiredService<TimeProvider>(),
            TimeSpan.FromMilliseconds(sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<CreditOptions>>().Value.AnswerStalenessMs)));
        services.AddHostedService<CreditAnswerRefresher>();
        services.AddScoped<CreditDailyWork>();
        services.AddScoped<PublicRegister>();
        // Replaces the spot checks' stand-in: draws now weigh credit grades and listings.
        services.AddScoped<Regulator.Domain.SpotChecks.ISpotCheckCreditGrades, CreditSpotCheckGrades>();
        services.AddScoped<Documents.DesignationPaperwork>();
        services.AddScoped<CreditDesk>();
        services.AddList<CreditPublisherList>();
        services.AddList<CreditPlatformList>();
        services.AddList<DesignationList>();
        services.AddScoped<IDemoDataContributor, CreditDemoContributor>();
        services.AddHostedService<CreditCollectorService>();
        // The dashboards' credit tiles: grades and listings in force (a daily snapshot) and repair applications.
        services.AddSingleton<Regulator.Domain.Dashboards.IDashboardTallySource, Regulator.Domain.Dashboards.Sources.CreditStandingTallySource>();
        services.AddSingleton<Regulator.Domain.Dashboards.IDashboardTallySource, Regulator.Domain.Dashboards.Sources.CreditRepairTallySource>();
        return services;
    }
}
