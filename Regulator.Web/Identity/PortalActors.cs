using System.Security.Claims;
using Regulator.Domain.Identity;

namespace Regulator.Web.Identity;

/// <summary>
/// The one place a signed-in principal becomes the domain's <see cref="Actor"/>: a platform API key's principal
/// (it carries <see cref="RegulatorClaims.PlatformId"/>) becomes a platform; a staff cookie becomes staff of its
/// role, failing closed as <see cref="Actor.ForStaff"/> describes; anyone else is <see cref="ActorKind.None"/>.
/// </summary>
public static class PortalActors
{
    /// <summary>The actor for <paramref name="user"/>; never null, <see cref="ActorKind.None"/> when nobody usable is signed in.</summary>
    public static Actor Of(ClaimsPrincipal? user)
    {
        if (user?.Identity?.IsAuthenticated != true) return new Actor(null, "", ActorKind.None);
        var name = user.Identity.Name ?? "";
        var province = user.FindFirstValue(RegulatorClaims.Province);
        if (int.TryParse(user.FindFirstValue(RegulatorClaims.PlatformId), out var platformId))
            return Actor.Platform(name, platformId, province);
        return Actor.ForStaff(user.FindFirstValue(ClaimTypes.NameIdentifier), name, RegulatorRoles.All.Where(user.IsInRole).ToList(), province,
            user.FindFirstValue(RegulatorClaims.DisplayName));
    }
}
