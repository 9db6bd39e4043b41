using System.Security.Claims;
using Regulator.Domain.Identity;

namespace Regulator.Web.Identity;

public static class StaffPrincipal
{
    /// <summary>A national or provincial administrator: the staff who manage, assign and reveal, as opposed to read.</summary>
    public static bool IsAdministrator(this ClaimsPrincipal user) =>
        user.IsInRole(RegulatorRoles.NationalAdmin) || user.IsInRole(RegulatorRoles.ProvincialAdmin);
}
