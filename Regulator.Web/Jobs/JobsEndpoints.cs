using Hangfire;
using Regulator.Web.Identity;
using Regulator.Web.Jobs.Scheduling;

namespace Regulator.Web.Jobs;

public static class JobsEndpoints
{
    /// <summary>Where Hangfire's own dashboard is mounted, inside the portal's jobs section.</summary>
    public const string HangfireDashboardPath = "/jobs/hangfire";

    public static void MapJobsEndpoints(this IEndpointRouteBuilder app)
    {
        // Hangfire's dashboard behind the portal's sign-in: anonymous visitors are sent to sign in and platforms
        // refused by the Staff policy; national administrators may trigger, retry and delete, other staff only read.
        app.MapHangfireDashboard(HangfireDashboardPath, new DashboardOptions
            {
                Authorization = [new PortalDashboardAuthorization()],
                IsReadOnlyFunc = PortalDashboardAuthorization.IsReadOnly,
                AppPath = "/jobs",
                DashboardTitle = "Regulator · Hangfire",
                DisplayStorageConnectionString = false,
            }, app.ServiceProvider.GetRequiredService<JobStorage>())
            .RequireAuthorization(RegulatorPolicies.Staff);
    }
}
