using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Regulator.Domain.Identity;

namespace Regulator.Web.Identity;

/// <summary>Puts the user's province and agency into the sign-in cookie so scoping needs no lookup per request.</summary>
public sealed class RegulatorClaimsFactory(UserManager<RegulatorUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<RegulatorUser, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(RegulatorUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        if (user.ProvinceCode is not null) identity.AddClaim(new Claim(RegulatorClaims.Province, user.ProvinceCode));
        identity.AddClaim(new Claim(RegulatorClaims.Agency, user.Agency.ToString()));
        identity.AddClaim(new Claim(RegulatorClaims.DisplayName, user.DisplayName));
        return identity;
    }
}
