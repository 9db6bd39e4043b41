using Regulator.Domain.Seeding;
using Regulator.Domain.SpotChecks;
using Regulator.Web.Shared.Lists;
using Regulator.Web.SpotChecks.Documents;

namespace Regulator.Web.SpotChecks;

public static class SpotChecksRegistration
{
    /// <summary>
    /// Spot checks (双随机、一公开): the directories, planning, the draw, tasks and the public record. Credit grades come
    /// from <see cref="NoCreditGrades"/> until the credit feature registers its <see cref="ISpotCheckCreditGrades"/>.
    /// </summary>
    public static IServiceCollection AddSpotChecks(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<SpotCheckOptions>(configuration.GetSection(SpotCheckOptions.Section));
        services.AddScoped<ISpotCheckCreditGrades, NoCreditGrades>();
        services.AddScoped<TargetDirectory>();
        services.AddScoped<InspectorDirectory>();
        services.AddScoped<SpotCheckPlanning>();
        services.AddScoped<SpotCheckDrawing>();
        services.AddScoped<SpotCheckTasks>();
        // The dashboards' spot-check tiles: plans, tasks drawn and done, findings.
        services.AddSingleton<Regulator.Domain.Dashboards.IDashboardTallySource, Regulator.Domain.Dashboards.Sources.SpotCheckTallySource>();
        services.AddScoped<SpotCheckFacts>();
        services.AddScoped<PublicSpotChecks>();
        services.AddScoped<SpotCheckDocuments>();
        services.AddScoped<IDemoDataContributor, SpotCheckDemoData>();
        services.AddList<SpotCheckPlanList>();
        return services;
    }
}
