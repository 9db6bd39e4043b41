using System.Security.Claims;
using Regulator.Domain.Platforms;
using Regulator.Web.Identity;

namespace Regulator.Web.Api;

public static class PlatformPrincipal
{
    /// <summary>The calling platform; only ever called behind the Platform policy, which guarantees the claim.</summary>
    public static int PlatformId(this ClaimsPrincipal user) => int.Parse(user.FindFirstValue(RegulatorClaims.PlatformId)!);

    /// <summary>The province where the calling platform is registered.</summary>
    public static string ProvinceCode(this ClaimsPrincipal user) => user.FindFirstValue(RegulatorClaims.Province)!;

    public static bool HasScope(this ClaimsPrincipal user, PlatformApiScopes scope) =>
        Enum.TryParse<PlatformApiScopes>(user.FindFirstValue(RegulatorClaims.ApiScopes), out var scopes) && scopes.HasFlag(scope);
}
