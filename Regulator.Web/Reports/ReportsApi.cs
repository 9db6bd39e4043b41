using Regulator.Domain.Reports;
using Regulator.Web.Api;

namespace Regulator.Web.Reports;

/// <summary>
/// <c>POST /api/v1/reports</c>, where the National Reporting Platform pushes batches. It lives beside the platform
/// API but is not in its group: the caller is authenticated by request signature, not by a platform's key.
/// </summary>
public static class ReportsApi
{
    public const string RejectedItemsProblemType = "urn:regulator:problem:report-items-rejected";

    /// <summary>What became of one pushed report: stored, duplicate (already stored, nothing changed) or rejected (see the answer's <c>errors</c>).</summary>
    public sealed record ItemResult(int Index, string? Id, string Status);

    public sealed record BatchResult(int Stored, int Duplicates, int Rejected, IReadOnlyList<ItemResult> Items);

    /// <summary>
    /// The intake names what is wrong by field only; a field-level mistake in a pushed report is always a value the
    /// intake could not accept, so every one carries the code <c>invalid</c>.
    /// </summary>
    public const string InvalidFieldCode = "invalid";

    public static void MapReportsApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/v1/reports", async Task<IResult> (HttpContext ctx, ReportIntake intake, CancellationToken ct) =>
            {
                var body = ctx.Features.Get<SignedRequestBody>()!;
                if (ReportWireFormat.ReadBatch(body.Bytes) is not { } items)
                    return ApiProblem.Of(StatusCodes.Status400BadRequest, "请求体不是有效的举报批次 (the body is not a report batch)", "Expected a JSON object {\"reports\": [ … ]}.");
                if (items.Count > ReportIntake.MaxBatchSize)
                    return ApiProblem.TooManyItems(items.Count, ReportIntake.MaxBatchSize, "举报", "reports");

                var result = await intake.ReceiveAsync(items, ReportChannel.Push, ct);
                var batch = new BatchResult(result.Stored, result.Duplicates, result.Rejected, result.Items
                    .Select(i => new ItemResult(i.Position, i.Id, i.Status.ToString().ToLowerInvariant())).ToList());
                if (result.Rejected == 0) return TypedResults.Ok(batch);
                // RFC 9457: the batch is not refused as a whole; the problem names each malformed item and why, and the
                // per-item results show which were stored. Resending the rejected items unchanged will fail again.
                var errors = result.Items.SelectMany(i => i.Errors.Select(e => new ApiItemError(i.Position, i.Id, e.Key, InvalidFieldCode, e.Value))).ToList();
                return ApiProblem.ItemsRefused("部分举报格式错误，未予保存 (some reports were malformed and not stored)",
                    $"{result.Rejected} rejected, {result.Stored} stored, {result.Duplicates} already stored.", errors,
                    new Dictionary<string, object?> { ["stored"] = batch.Stored, ["duplicates"] = batch.Duplicates, ["rejected"] = batch.Rejected, ["items"] = batch.Items },
                    RejectedItemsProblemType);
            })
            .RequireAuthorization(ReportingPlatformAuthentication.PolicyName)
            .DisableAntiforgery()
            .WithTags("National Reporting Platform (12318)")
            .WithSummary("Push a batch of up to 1,000 reports from the National Reporting Platform.")
            .WithDescription($"Signed with HMAC-SHA256 over \"{{unix seconds}}.{{body}}\" using the shared secret: headers {ReportSignature.TimestampHeader} " +
                             $"and {ReportSignature.SignatureHeader}: sha256=<hex>. Requests older than 5 minutes are refused. A report id already stored is " +
                             "answered 'duplicate' and changes nothing, so retrying a batch is always safe. 422 lists each malformed report in `errors` " +
                             "(ApiItemError: index, id, field, code, message); 413 when a batch holds more than 1,000 reports or more bytes than allowed. See docs/report-intake.md.")
            // Not the platforms' bearer key that the document requires by default: this call is signed instead (see the description).
            .AddOpenApiOperationTransformer((operation, _, _) =>
            {
                operation.Security = [];
                return Task.CompletedTask;
            })
            .Accepts<ReportWireFormat.PushBody>("application/json")
            .Produces<BatchResult>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
    }
}
