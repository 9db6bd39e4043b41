using Hangfire;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Regulator.Domain.Persistence;
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

        // The fragment a running job's progress polls for (htmx), rendered by the same component as the page.
        app.MapGet("/jobs/runs/{id:long}/progress", async Task<Results<RazorComponentResult<JobRunProgress>, NotFound>> (long id, string? place, RegulatorDbContext db) =>
            await db.JobRuns.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id) is { } run
                ? new RazorComponentResult<JobRunProgress>(new { Run = run, Place = place is "last" ? "last" : "history" })
                : TypedResults.NotFound()).ExcludeFromDescription();

        // The scope filter answers a province only with its own documents; another province's id is simply not found.
        app.MapGet("/jobs/documents/{id:long}/pdf", async Task<Results<FileContentHttpResult, NotFound>> (long id, RegulatorDbContext db) =>
            await db.GeneratedDocuments.AsNoTracking().Where(d => d.Id == id).Select(d => new { d.Content, d.FileName }).FirstOrDefaultAsync() is { } document
                ? TypedResults.File(document.Content, "application/pdf", document.FileName)
                : TypedResults.NotFound()).ExcludeFromDescription();

        app.MapJobActionEndpoints();
    }
}
