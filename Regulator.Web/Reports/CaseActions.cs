using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Regulator.Domain.Reports;
using Regulator.Web.Identity;

namespace Regulator.Web.Reports;

/// <summary>
/// Actions posted from the case page that must answer 404 for a case the user cannot see, as a GET of it does. A page
/// handler cannot: the case page renders no form for a case it does not find, and the framework answers a post to a
/// form that is not there with 400. Forms carry the antiforgery token, which minimal APIs check for form-bound parameters.
/// </summary>
public static class CaseActions
{
    public static IEndpointRouteBuilder MapCaseActions(this IEndpointRouteBuilder app)
    {
        // htmx swaps the answer in place of the mask; without JavaScript it is a page of its own.
        app.MapPost("/reports/cases/{caseId:long}/reports/{reportId:long}/reporter-contact",
            async Task<Results<RazorComponentResult<RevealedContact>, NotFound, StatusCodeHttpResult>> (long caseId, long reportId, [FromForm] string? reason,
                ReporterContactReveal reveal, HttpContext context) =>
            {
                var result = await reveal.RevealAsync(caseId, reportId, reason, context.User.IsAdministrator());
                if (!result.Found) return TypedResults.NotFound();
                if (!result.Allowed) return TypedResults.StatusCode(StatusCodes.Status403Forbidden);
                // Shown in this response only: never cached, stored or logged.
                context.Response.Headers.CacheControl = "no-store";
                return new RazorComponentResult<RevealedContact>(new { ReportId = reportId, result.Contact, result.Error })
                {
                    StatusCode = result.Error is null ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest,
                };
            }).ExcludeFromDescription();
        return app;
    }
}
