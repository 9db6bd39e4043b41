using Hangfire.Dashboard;
using Regulator.Domain.Identity;

namespace Regulator.Web.Jobs.Scheduling;

/// <summary>
/// Lets signed-in staff into Hangfire's dashboard (the endpoint's Staff policy has already sent anonymous visitors
/// to the sign-in page and refused platforms); only national administrators may act there (<see cref="IsReadOnly"/>).
/// </summary>
public sealed class PortalDashboardAuthorization : IDashboardAuthorizationFilter
{
    public bool Authorize(DashboardContext context) =>
        context.GetHttpContext().User is { Identity.IsAuthenticated: true } user && RegulatorRoles.All.Any(user.IsInRole);

    /// <summary>Everyone but a national administrator sees the dashboard without its buttons, and its POSTs are refused.</summary>
    public static bool IsReadOnly(DashboardContext context) => !context.GetHttpContext().User.IsInRole(RegulatorRoles.NationalAdmin);
}
