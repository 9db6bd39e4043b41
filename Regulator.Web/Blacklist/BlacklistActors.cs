using System.Security.Claims;
using Regulator.Domain.Blacklist;
using Regulator.Domain.Identity;
using Regulator.Web.Identity;

namespace Regulator.Web.Blacklist;

/// <summary>The signed-in member of staff as the circulation rules know them, or null for roles that only read.</summary>
public static class BlacklistActors
{
    public static BlacklistActor? Of(ClaimsPrincipal user)
    {
        var name = user.Identity?.Name ?? "";
        if (user.IsInRole(RegulatorRoles.NationalAdmin)) return BlacklistActor.NationalAdministrator(name);
        return user.IsInRole(RegulatorRoles.ProvincialAdmin) && user.FindFirst(RegulatorClaims.Province)?.Value is { } province
            ? BlacklistActor.ProvincialAdministrator(name, province)
            : null;
    }
}
