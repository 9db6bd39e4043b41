using System.Security.Claims;
using Regulator.Domain.Identity;
using Regulator.Domain.SpotChecks;
using Regulator.Web.Identity;

namespace Regulator.Web.SpotChecks;

public static class SpotCheckActors
{
    /// <summary>The signed-in member of staff as the spot-check rules see them; the rules decide what they may do.</summary>
    public static SpotCheckActor ForStaff(ClaimsPrincipal user) => new(
        user.FindFirstValue(ClaimTypes.NameIdentifier),
        user.FindFirstValue(RegulatorClaims.DisplayName) ?? user.Identity?.Name ?? "unknown",
        user.FindFirstValue(RegulatorClaims.Province),
        user.IsInRole(RegulatorRoles.ProvincialAdmin) ? SpotCheckRole.ProvincialAdministrator
        : user.IsInRole(RegulatorRoles.ProvincialInspector) ? SpotCheckRole.Inspector
        : user.IsInRole(RegulatorRoles.NationalAdmin) || user.IsInRole(RegulatorRoles.NationalAnalyst) ? SpotCheckRole.NationalReader
        : SpotCheckRole.None);
}
