using Hangfire.Common;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Regulator.Domain.Auditing;
using Regulator.Domain.Documents;
using Regulator.Domain.Jobs;
using Regulator.Domain.Persistence;
using Regulator.Web.Identity;
using Regulator.Web.Jobs.Scheduling;
using Regulator.Web.Shared;

namespace Regulator.Web.Jobs;

/// <summary>
/// The jobs page's buttons: plain HTML form POSTs (antiforgery checked, as for any form-bound endpoint), each
/// answered with a flash message and a redirect back, so they work without JavaScript.
/// </summary>
public static class JobActionEndpoints
{
    public static void MapJobActionEndpoints(this IEndpointRouteBuilder app)
    {
        // Schedules are system-wide: they run for every province, so only national administrators change them.
        app.MapPost("/jobs/{name}/actions", async (string name, [FromForm] string action, JobControl control, AuditLog audit,
                IStringLocalizer<JobsText> t, HttpContext http) =>
            {
                if (RecurringJobs.Find(name) is not { } job) return Results.NotFound();
                switch (action)
                {
                    case "run":
                        await control.RunNowAsync(job);
                        await audit.RecordAsync(JobAuditActions.RunNow, "Job", job.Name);
                        Flash.Set(http, FlashKind.Success, t["RunNowDone", t[job.TitleKey]]);
                        break;
                    case "pause":
                        await control.PauseAsync(job, http.User.Identity?.Name);
                        await audit.RecordAsync(JobAuditActions.Paused, "Job", job.Name);
                        Flash.Set(http, FlashKind.Warning, t["PauseDone", t[job.TitleKey]]);
                        break;
                    case "resume":
                        await control.ResumeAsync(job);
                        await audit.RecordAsync(JobAuditActions.Resumed, "Job", job.Name);
                        Flash.Set(http, FlashKind.Success, t["ResumeDone", t[job.TitleKey]]);
                        break;
                    default:
                        return Results.BadRequest();
                }
                return Results.LocalRedirect("/jobs");
            })
            .RequireAuthorization(RegulatorPolicies.NationalAdministration)
            .ExcludeFromDescription();

        // The scope filter lets a provincial administrator find (and so regenerate) only their own province's reports.
        app.MapPost("/jobs/documents/{id:long}/regenerate", async (long id, RegulatorDbContext db, JobControl control, AuditLog audit,
                IStringLocalizer<JobsText> t, HttpContext http) =>
            {
                var document = await db.GeneratedDocuments.AsNoTracking().Where(d => d.Id == id)
                    .Select(d => new { d.Kind, d.ProvinceCode, d.PeriodEnd, d.Title }).FirstOrDefaultAsync();
                if (document is null) return Results.NotFound();
                // The report jobs report on the period before the day they are given: the day after this one's end.
                var day = document.PeriodEnd.AddDays(1);
                Job? job = document.Kind switch
                {
                    DocumentKind.WeeklyProvincialReport => Job.FromExpression<WeeklyProvincialReportJob>(j => j.RunAsync(day, document.ProvinceCode, null!, CancellationToken.None)),
                    DocumentKind.MonthlyNationalReport => Job.FromExpression<MonthlyNationalReportJob>(j => j.RunAsync(day, null!, CancellationToken.None)),
                    _ => null,
                };
                if (job is null) return Results.NotFound();
                await control.EnqueueAsync(job);
                await audit.RecordAsync(JobAuditActions.DocumentRegenerated, nameof(GeneratedDocument), id.ToString(), document.ProvinceCode);
                Flash.Set(http, FlashKind.Success, t["RegenerateDone", document.Title]);
                return Results.LocalRedirect("/jobs/documents");
            })
            .RequireAuthorization(RegulatorPolicies.Administration)
            .ExcludeFromDescription();
    }
}
