using System.Security.Claims;
using Regulator.Domain.Filings;
using Regulator.Domain.Identity;
using Regulator.Web.Identity;

namespace Regulator.Web.Filings;

public static class FilingActors
{
    /// <summary>The signed-in member of staff as the review rules see them; the rules, not the page, decide what they may do.</summary>
    public static FilingActor ForStaff(ClaimsPrincipal user) => new(
        user.Identity?.Name ?? "unknown",
        user.IsInRole(RegulatorRoles.ProvincialAdmin) ? FilingActorKind.ProvincialAdministrator
        : user.IsInRole(RegulatorRoles.NationalAdmin) ? FilingActorKind.NationalAdministrator
        : FilingActorKind.OtherStaff,
        user.FindFirstValue(RegulatorClaims.Province));
}
