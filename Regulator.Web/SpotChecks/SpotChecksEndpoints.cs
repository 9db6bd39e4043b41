using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Regulator.Domain.SpotChecks;
using Regulator.Web.Api;
using Regulator.Web.SpotChecks.Documents;
using Regulator.Web.Identity;

namespace Regulator.Web.SpotChecks;

/// <summary>
/// Spot checks over HTTP. <c>/api/public/spot-checks</c> is "one public" (一公开): no sign-in, published plans only,
/// answered from <see cref="PublicSpotChecks"/> (masked individuals, no identity numbers, no inspector names); anything
/// unpublished is 404. The staff endpoints answer through the domain's scoping: another province's or another
/// inspector's task is 404 too.
/// </summary>
public static class SpotChecksEndpoints
{
    public static void MapSpotChecksEndpoints(this IEndpointRouteBuilder app)
    {
        var open = app.MapGroup("/api/public/spot-checks").AllowAnonymous().WithTags("Spot checks (public)");

        open.MapGet("", async (PublicSpotChecks record, CancellationToken ct) => TypedResults.Ok(await record.ListAsync(ct: ct)))
            .WithSummary("Published spot-check plans, newest first: province, period, population size, how many drawn, how many with problems.");

        open.MapGet("/{planId:int}", async Task<Results<Ok<PublicSpotChecks.PlanDetail>, NotFound>> (int planId, PublicSpotChecks record, CancellationToken ct) =>
                await record.FindAsync(planId, ct) is { } detail ? TypedResults.Ok(detail) : TypedResults.NotFound())
            .WithSummary("One published plan: its items, every draw (seed, snapshot hash, redraw reasons) and the drawn targets with their results.");

        open.MapGet("/{planId:int}/announcement.pdf", async Task<Results<FileContentHttpResult, NotFound>> (int planId, PublicSpotChecks record,
                SpotCheckDocuments documents, CancellationToken ct) =>
                await documents.AnnouncementAsync(record, planId, ct) is { } pdf
                    ? TypedResults.File(pdf, "application/pdf", $"spot-check-results-{planId}.pdf")
                    : TypedResults.NotFound())
            .WithSummary("The results announcement (抽查结果公示) of a published plan as PDF.");

        open.MapGet("/draws/{drawId:int}/verification", async Task<Results<Ok<DrawVerificationResult>, NotFound>> (int drawId, PublicSpotChecks record, CancellationToken ct) =>
                await record.VerifyAsync(drawId, ct) is { } result ? TypedResults.Ok(result) : TypedResults.NotFound())
            .WithSummary("Re-runs a published draw from its seed and stored snapshot and compares it with the record and the tasks handed out.");

        open.MapGet("/draws/{drawId:int}/snapshot", async Task<Results<FileContentHttpResult, NotFound>> (int drawId, PublicSpotChecks record, HttpContext http, CancellationToken ct) =>
            {
                if (await record.SnapshotAsync(drawId, ct) is not { } snapshot) return TypedResults.NotFound();
                http.Response.Headers["X-Snapshot-SHA256"] = snapshot.Hash;
                return TypedResults.File(snapshot.Gzip, "application/gzip", $"spot-check-snapshot-{drawId}.txt.gz");
            })
            .WithSummary("A published draw's snapshot: gzip of the canonical text whose SHA-256 is published; replay it with scripts/verify-spot-check-draw.py.");

        var staff = app.MapGroup("/spot-checks").ExcludeFromDescription();

        staff.MapGet("/tasks/{taskId:long}/notice.pdf", async Task<Results<FileContentHttpResult, ProblemHttpResult>> (long taskId, ClaimsPrincipal user,
                SpotCheckTasks tasks, SpotCheckDocuments documents, CancellationToken ct) =>
            {
                var notice = await documents.NoticeAsync(PortalActors.Of(user), tasks, taskId, ct);
                return notice.Failure is { } failure ? ApiProblem.For(failure) : TypedResults.File(notice.Value.Content, "application/pdf", notice.Value.FileName);
            });

        // Evidence is served as a download, never rendered inline, with its type fixed by the content check at upload.
        staff.MapGet("/evidence/{evidenceId:long}", async Task<Results<FileContentHttpResult, NotFound>> (long evidenceId, ClaimsPrincipal user, SpotCheckTasks tasks,
                HttpContext http, CancellationToken ct) =>
            {
                if (await tasks.EvidenceFileAsync(PortalActors.Of(user), evidenceId, ct) is not { } evidence) return TypedResults.NotFound();
                http.Response.Headers.XContentTypeOptions = "nosniff";
                return TypedResults.File(evidence.Content, evidence.ContentType, evidence.FileName);
            });
    }
}
