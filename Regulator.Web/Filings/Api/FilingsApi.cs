using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Regulator.Domain.Common;
using Regulator.Domain.Filings;
using Regulator.Domain.Persistence;
using Regulator.Domain.Platforms;
using Regulator.Web.Api;
using Regulator.Domain.Identity;

namespace Regulator.Web.Filings.Api;

/// <summary>
/// <c>/api/v1/filings</c>: platforms file publishers in batches and read back status and review history. Every
/// endpoint needs a key with the Filings scope and sees only the calling platform's own filings.
/// </summary>
public static class FilingsApi
{
    public static RouteGroupBuilder MapFilingsApi(this RouteGroupBuilder api)
    {
        var filings = api.MapGroup("/filings").AddEndpointFilter(async (context, next) =>
            context.HttpContext.User.HasScope(PlatformApiScopes.Filings)
                ? await next(context)
                : ApiProblem.Of(StatusCodes.Status403Forbidden, "此密钥没有备案权限 (this key lacks the filings scope)",
                    "Ask the provincial office for a key with the Filings scope."));

        filings.MapPost("", SubmitAsync)
            .WithSummary("File one publisher or a batch of up to 1,000; upserts by platformPublisherId.")
            // No Accepts metadata on purpose: it would make routing answer a wrong content type before the reader can say what is wrong.
            .WithDescription("Body: a FilingRequest object or an array of them (application/json). 200 when every item was stored or unchanged; " +
                             "422 problem details with a per-item `errors` list (ApiItemError: index, id, field, code, message) when some were invalid (the valid ones are still stored); " +
                             "413 when the request holds more than 1,000 filings or more bytes than allowed.")
            .Produces<FilingBatchResponse>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        filings.MapGet("/{platformPublisherId}", GetAsync)
            .WithSummary("Status and review history of one of the calling platform's filings.")
            .Produces<FilingStatusResponse>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        filings.MapPost("/{platformPublisherId}/withdraw", WithdrawAsync)
            .WithSummary("Withdraw one of the calling platform's filings.")
            .WithDescription("Body (optional): {\"reason\": \"...\"}. 200 with the filing's status; 404 when the platform has no filing with that id; " +
                             "409 when the filing is already withdrawn or rejected; 422 (errors[].field `reason`) when the reason is not plain text or too long.")
            .Produces<FilingStatusResponse>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        return api;
    }

    private static async Task<IResult> SubmitAsync(HttpContext http, FilingIntake intake, IOptions<FilingsOptions> options, CancellationToken ct)
    {
        var read = await new FilingRequestReader(options.Value.MaxRequestBytes).ReadAsync(http.Request, ct);
        if (read.Error is not null) return read.Error;
        var source = new FilingSource(SubmissionChannel.Api, http.User.Identity?.Name ?? "platform");
        StepResult<FilingBatchResult> submitted;
        try
        {
            submitted = await intake.SubmitAsync(http.User.PlatformId(), read.Items!.Select(i => i.ToDraft()).ToList(), source, ct);
        }
        catch (Exception e) when (UniqueViolation.Is(e))
        {
            // Two requests filed the same new publisher id at the same moment; the batch was rolled back as a whole.
            return ApiProblem.Of(StatusCodes.Status409Conflict,
                "另一请求正同时报送相同的平台主播编号，本批未保存，请重新发送 (another request filed the same publisher id at the same moment; nothing in this batch was stored, send it again)");
        }

        if (submitted.Failure is { } failure) return ApiProblem.For(failure);
        var result = submitted.Value;
        var items = result.Items.Select(FilingItemResponse.From).ToList();
        if (result.InvalidCount == 0)
            return ApiJson.Ok(new FilingBatchResponse(
                items.Count(i => i.Outcome == FilingItemOutcome.Created), items.Count(i => i.Outcome == FilingItemOutcome.Updated),
                items.Count(i => i.Outcome == FilingItemOutcome.Unchanged), items));

        var errors = result.Items.Where(i => i.IsInvalid)
            .SelectMany(i => i.Problems.Select(p => new ApiItemError(i.Index, i.PlatformPublisherId, p.Field, p.Code, p.Message))).ToList();
        return ApiProblem.ItemsRefused(
            $"{result.InvalidCount} 条备案未被接受 ({result.InvalidCount} of {result.Items.Count} filings were refused)",
            "The refused items changed nothing; the others were stored as listed in `items`.",
            errors, new Dictionary<string, object?> { ["items"] = items });
    }

    private static async Task<IResult> GetAsync(string platformPublisherId, HttpContext http, RegulatorDbContext db, CancellationToken ct)
    {
        var platformId = http.User.PlatformId();
        var filing = await db.Filings.AsNoTracking().Include(f => f.History)
            .FirstOrDefaultAsync(f => f.PlatformId == platformId && f.PlatformPublisherId == platformPublisherId, ct);
        return filing is null ? NotFound() : ApiJson.Ok(StatusOf(filing));
    }

    private static async Task<IResult> WithdrawAsync(string platformPublisherId, WithdrawRequest? body, HttpContext http,
        FilingReview review, RegulatorDbContext db, CancellationToken ct)
    {
        var withdrawn = await review.WithdrawAsync(http.User.PlatformId(), platformPublisherId, body?.Reason, Actor.Platform(http.User.Identity?.Name ?? "platform"), ct);
        if (withdrawn.Failure is { } failure) return failure.Status == StepStatus.NotFound ? NotFound() : ApiProblem.For(failure);
        return await GetAsync(platformPublisherId, http, db, ct);
    }

    private static FilingStatusResponse StatusOf(Filing f) => new(
        f.PlatformPublisherId, f.PublisherType, f.DocumentType, f.IdentityMasked, f.Status, f.StatusReason, f.FiledOn, ChinaTime.FromUtc(f.UpdatedUtc),
        f.History.OrderBy(h => h.OccurredUtc).ThenBy(h => h.Id)
            .Select(h => new FilingHistoryResponse(ChinaTime.FromUtc(h.OccurredUtc), h.Event, h.Status, h.ByRegulator ? "regulator" : "platform", h.Reason))
            .ToList());

    private static IResult NotFound() => ApiProblem.Of(StatusCodes.Status404NotFound,
        "没有该平台主播编号的备案 (no filing of yours has this platform publisher id)");
}
