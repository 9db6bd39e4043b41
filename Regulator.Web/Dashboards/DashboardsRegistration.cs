using Regulator.Domain.Dashboards;
using Regulator.Domain.Dashboards.Sources;
using Regulator.Domain.Seeding;

namespace Regulator.Web.Dashboards;

public static class DashboardsRegistration
{
    /// <summary>
    /// The dashboards' rollup (its sources, the catch-up loop, the roll-up after seeding), query, pages' helpers and live
    /// updates. Another feature adds
    /// its figures with one more <c>services.AddSingleton&lt;IDashboardTallySource, …&gt;()</c>.
    /// </summary>
    public static IServiceCollection AddDashboards(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<DashboardsOptions>(configuration.GetSection(DashboardsOptions.Section));
        services.AddSingleton<IDashboardTallySource, FilingTallySource>();
        services.AddSingleton<IDashboardTallySource, CaseTallySource>();
        services.AddSingleton<IDashboardTallySource, BlacklistTallySource>();
        services.AddSingleton<IDashboardTallySource, FindingTallySource>();
        services.AddScoped<DashboardRollup>();
        services.AddScoped<DashboardQuery>();
        services.AddScoped<DashboardLabels>();
        services.AddScoped<DashboardFiles>();
        services.AddSingleton<DashboardUpdates>();
        services.AddHostedService(sp => sp.GetRequiredService<DashboardUpdates>());
        services.AddScoped<IDemoDataContributor, DashboardRollupDemoData>();
        services.AddHostedService<DashboardRollupService>();
        return services;
    }
}
