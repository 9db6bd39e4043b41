using Microsoft.Extensions.Options;
using Regulator.Domain.Filings;
using Regulator.Domain.Filings.Csv;
using Regulator.Domain.Protection;
using Regulator.Domain.Seeding;
using Regulator.Web.Shared.Lists;

namespace Regulator.Web.Filings;

public static class FilingsRegistration
{
    /// <summary>
    /// Publisher filings: identity protection, intake, review, reveal, list, CSV import and demo data. The identity
    /// keys are checked at start-up: a portal that cannot protect identity numbers refuses to start.
    /// </summary>
    public static IServiceCollection AddFilings(this IServiceCollection services, IConfiguration configuration)
    {
        // Constructing the protector is the validation: it throws with the reason when a key is missing, short or shared.
        services.AddOptions<IdentityProtectionOptions>().Bind(configuration.GetSection(IdentityProtectionOptions.Section))
            .Validate(o => new IdentityProtector(o) is { }).ValidateOnStart();
        services.AddSingleton(sp => new IdentityProtector(sp.GetRequiredService<IOptions<IdentityProtectionOptions>>().Value));
        // Every feature's reveal of protected personal data goes through this one.
        services.AddScoped<AuditedReveal>();
        services.AddOptions<FilingsOptions>().Bind(configuration.GetSection(FilingsOptions.Section));
        services.AddScoped<FilingIntake>();
        services.AddScoped<FilingReview>();
        services.AddScoped<IdentityReveal>();
        services.AddScoped<FilingList>();
        services.AddScoped<FilingRecord>();
        services.AddList<FilingsList>();
        services.AddList<SubmissionsList>();
        services.AddScoped<FilingCsvImport>();
        services.AddScoped<IDemoDataContributor, FilingDemoContributor>();
        services.AddHostedService<FilingCountFolder>();
        return services;
    }
}
