using Microsoft.AspNetCore.Authentication;
using Regulator.Domain.Reports;
using Regulator.Domain.Seeding;
using Regulator.Web.Shared.Lists;

namespace Regulator.Web.Reports;

public static class ReportsServices
{
    /// <summary>Report intake and handling: the working calendar, the services, the 12318 signature scheme and its policy.</summary>
    public static IServiceCollection AddReports(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(new WorkingCalendar(configuration.GetSection(WorkingCalendarOptions.Section).Get<WorkingCalendarOptions>() ?? new()));
        services.AddSingleton(configuration.GetSection(ReportIntakeOptions.Section).Get<ReportIntakeOptions>() ?? new());
        services.AddSingleton<SignedBodyReader>();
        services.AddScoped<ReportIntake>();
        services.AddScoped<CaseHandling>();
        services.AddScoped<ReporterContactReveal>();
        services.AddScoped<CaseRecord>();
        services.AddScoped<ReportFileImport>();
        services.AddList<CasesList>();
        services.AddScoped<ReportTaxonomy>();
        services.AddScoped<IDemoDataContributor, ReportsDemoData>();
        services.AddAuthentication().AddScheme<AuthenticationSchemeOptions, ReportingPlatformAuthentication>(ReportingPlatformAuthentication.SchemeName, null);
        services.AddAuthorizationBuilder().AddPolicy(ReportingPlatformAuthentication.PolicyName, p => p
            .AddAuthenticationSchemes(ReportingPlatformAuthentication.SchemeName)
            .RequireAuthenticatedUser());
        return services;
    }
}
