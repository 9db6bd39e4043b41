using Regulator.Domain.Credit;
using Regulator.Domain.Platforms;
using Regulator.Domain.Reports;
using Regulator.Web.Api;
using Regulator.Web.Blacklist;

namespace Regulator.Web.Credit;

/// <summary>
/// <c>/api/v1/credit</c>: a platform reads the grade and any untrustworthy-entity listing of its own filed publishers
/// (CAC Art. 15: services linked to the grade) and reports the punitive measures it took against them (CAC Art. 14).
/// The read is rate-limited and its key use audited in aggregate exactly like the blacklist check; answers never carry
/// another platform's facts, and another platform's publisher id is 404.
/// </summary>
public static class CreditApi
{
    public static RouteGroupBuilder MapCreditApi(this RouteGroupBuilder api)
    {
        var credit = api.MapGroup("/credit").WithTags("Credit");

        credit.MapGet("/publishers/{platformPublisherId}", GetPublisherAsync)
            .RequireAuthorization(p => p.RequireAssertion(c => c.User.HasScope(PlatformApiScopes.CreditQuery)))
            .RequireRateLimiting(BlacklistRegistration.CheckRatePolicy)
            .WithMetadata(AggregatedKeyUseAudit.Instance)
            .WithSummary("Credit grade and any untrustworthy-entity listing in force of one of your own filed publishers.")
            .WithDescription("grade: A 守信, B 基本守信, C 失信风险, D 严重失信; designation (when listed): level serious/minor, measures, startsOn, endsOn. The grade counts facts from every platform; none of them is shown.")
            .Produces<PublisherCreditResponse>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);

        credit.MapPost("/measures", ReportMeasureAsync)
            .RequireAuthorization(p => p.RequireAssertion(c => c.User.HasScope(PlatformApiScopes.CreditMeasures)))
            .WithSummary("Report a punitive measure you took against one of your filed publishers (CAC Art. 14).")
            .WithDescription("Body: {measureId, platformPublisherId, measure: warning|suspension|account-closure, takenOn, endsOn?, reason}. Re-sending a measureId changes nothing. 201 with the publisher's grade after it; 400 with errors[] (ApiItemError: index 0, id = measureId, field, code, message) when a field is wrong.")
            .Produces<MeasureResponse>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status400BadRequest);
        return api;
    }

    public sealed record DesignationResponse(string Level, IReadOnlyList<string> Measures, DateOnly? StartsOn, DateOnly? EndsOn);

    public sealed record PublisherCreditResponse(string PlatformPublisherId, string Grade, int ModelVersion, DateOnly GradedOn, DesignationResponse? Designation);

    public sealed record MeasureRequest(string? MeasureId, string? PlatformPublisherId, string? Measure, DateOnly? TakenOn, DateOnly? EndsOn, string? Reason);

    public sealed record MeasureResponse(long Id, string Grade);

    // The database query is resolved only when memory cannot answer: constructing its scoped context and options took
    // about a seventh of the request's time, on every request.
    private static async Task<IResult> GetPublisherAsync(string platformPublisherId, CreditAnswerTable answers, HttpContext http, CancellationToken ct)
    {
        var platformId = http.User.PlatformId();
        var standing = answers.Answer(platformId, platformPublisherId)
            ?? await http.RequestServices.GetRequiredService<PlatformCreditQuery>().PublisherAsync(platformId, platformPublisherId, ct);
        if (standing is null)
            return ApiProblem.Of(StatusCodes.Status404NotFound, "未找到本平台的该主播备案 (no filing of yours with this platformPublisherId)");
        return TypedResults.Json(new PublisherCreditResponse(standing.PlatformPublisherId, standing.Grade.ToString(), standing.ModelVersion, standing.GradedOn,
            standing.DesignationLevel is { } level
                ? new DesignationResponse(level == DesignationLevel.Serious ? "serious" : "minor", standing.DesignationMeasures ?? [], standing.DesignationStartsOn, standing.DesignationEndsOn)
                : null), ApiJson.Options);
    }

    private static async Task<IResult> ReportMeasureAsync(MeasureRequest request, PlatformMeasures measures, HttpContext http, CancellationToken ct)
    {
        var measure = request.Measure switch
        {
            "warning" => PunitiveMeasures.Warning,
            "suspension" => PunitiveMeasures.Suspension,
            "account-closure" => PunitiveMeasures.AccountClosure,
            _ => PunitiveMeasures.None,
        };
        var result = await measures.ReportAsync(http.User.PlatformId(),
            new PlatformMeasureDraft(request.MeasureId, request.PlatformPublisherId, measure, request.TakenOn, request.EndsOn, request.Reason), ct);
        if (!result.Succeeded)
            return ApiProblem.Of(StatusCodes.Status400BadRequest, "处置措施报送未通过校验 (the measure report was not accepted)",
                extensions: new Dictionary<string, object?> { ["errors"] = result.Problems.Select(p => new ApiItemError(0, request.MeasureId, p.Field, p.Code, p.Message)).ToList() });
        return TypedResults.Json(new MeasureResponse(result.Report!.Id, result.Grade!.Value.ToString()), ApiJson.Options, statusCode: StatusCodes.Status201Created);
    }
}
