using Regulator.Domain.Inspections;
using Regulator.Domain.Inspections.Rules;
using Regulator.Domain.Seeding;
using Regulator.Web.Shared.Lists;

namespace Regulator.Web.Inspections;

public static class InspectionsRegistration
{
    /// <summary>
    /// The automated inspection (CAC measures Art. 4 and 16; MCT minors opinion 13): its runner, its rules (one
    /// finding per rule per platform per inspection), its demo history, the pages' lists. Its Hangfire job is
    /// <see cref="InspectionJob"/>, scheduled by the jobs feature.
    /// </summary>
    public static IServiceCollection AddInspections(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<InspectionOptions>(configuration.GetSection(InspectionOptions.Section));
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
        services.AddSingleton<IInspectionRule, UntrustworthyPublisherRule>();
        services.AddList<InspectionList>();
        return services;
    }
}
