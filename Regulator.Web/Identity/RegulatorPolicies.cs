using Microsoft.AspNetCore.Authorization;
using Regulator.Domain.Identity;
using Regulator.Web.Api;

namespace Regulator.Web.Identity;

public static class RegulatorPolicies
{
    public const string Staff = nameof(Staff);
    public const string Administration = nameof(Administration);
    public const string NationalAdministration = nameof(NationalAdministration);
    public const string AuditRead = nameof(AuditRead);

    /// <summary>Staff acting for the whole country (national roles); provincial staff see one province only.</summary>
    public const string NationalStaff = nameof(NationalStaff);

    /// <summary>Staff of a province (the roles that handle cases there): the inspector's desk.</summary>
    public const string ProvincialStaff = nameof(ProvincialStaff);
    public const string Platform = nameof(Platform);

    public static void Configure(AuthorizationOptions o)
    {
        o.AddPolicy(Staff, p => p.RequireAuthenticatedUser().RequireRole(RegulatorRoles.All));
        o.AddPolicy(Administration, p => p.RequireRole(RegulatorRoles.NationalAdmin, RegulatorRoles.ProvincialAdmin));
        o.AddPolicy(NationalAdministration, p => p.RequireRole(RegulatorRoles.NationalAdmin));
        o.AddPolicy(NationalStaff, p => p.RequireRole(RegulatorRoles.All.Where(RegulatorRoles.IsNational)));
        o.AddPolicy(ProvincialStaff, p => p.RequireRole(RegulatorRoles.All.Where(r => !RegulatorRoles.IsNational(r))));
        o.AddPolicy(AuditRead, p => p.RequireRole(RegulatorRoles.Auditor, RegulatorRoles.NationalAdmin));
        o.AddPolicy(Platform, p => p.AddAuthenticationSchemes(PlatformApiKeyAuthentication.SchemeName)
            .RequireAuthenticatedUser().RequireClaim(RegulatorClaims.PlatformId));
        // Pages are for staff unless they say otherwise ([AllowAnonymous] on sign-in).
        o.FallbackPolicy = o.GetPolicy(Staff);
    }
}
