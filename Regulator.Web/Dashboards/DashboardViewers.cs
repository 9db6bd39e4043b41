using System.Security.Claims;
using Regulator.Domain.Dashboards;
using Regulator.Domain.Identity;
using Regulator.Web.Identity;

namespace Regulator.Web.Dashboards;

/// <summary>The dashboard viewer a signed-in principal is, read the way the province filter reads it (fails closed).</summary>
public static class DashboardViewers
{
    /// <summary>
    /// National when the principal has no province and holds a national role; a provincial role without a province
    /// is neither national nor any province's, and <see cref="DashboardQuery"/> gives it nothing. Auditors and the
    /// national administrator (who may read the audit log too) see the reveals view.
    /// </summary>
    public static DashboardViewer Of(ClaimsPrincipal user)
    {
        var province = user.FindFirstValue(RegulatorClaims.Province);
        var national = province is null && RegulatorRoles.All.Where(RegulatorRoles.IsNational).Any(user.IsInRole);
        return new DashboardViewer(user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "", province, national,
            IsAuditor: user.IsInRole(RegulatorRoles.Auditor) || user.IsInRole(RegulatorRoles.NationalAdmin));
    }
}
