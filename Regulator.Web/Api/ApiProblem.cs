using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Regulator.Domain.Common;

namespace Regulator.Web.Api;

/// <summary>
/// The one way the platform APIs (filings, blacklist, credit, report pushes, key authentication) answer a refusal:
/// RFC 9457 <c>application/problem+json</c>, the title in Chinese with English in parentheses, every string —
/// title, detail and extension values however deep — passed through the central identity scrubber, since platforms'
/// bodies carry identity numbers and a refusal must never echo one. A request that is too big, in items or in bytes,
/// is always 413; item-level errors are always a list of <see cref="ApiItemError"/> under <c>errors</c>.
/// </summary>
public static class ApiProblem
{
    /// <summary>A problem with <paramref name="status"/>, <paramref name="title"/> and optional detail, type URI and extension members.</summary>
    public static ProblemHttpResult Of(int status, string title, string? detail = null, IDictionary<string, object?>? extensions = null, string? type = null)
    {
        var problem = new ProblemDetails { Status = status, Title = title, Detail = detail, Type = type };
        foreach (var (key, value) in extensions ?? new Dictionary<string, object?>()) problem.Extensions[key] = value;
        // Scrubbed here, with the API's JSON options (enums by name), as well as by AddProblemDetails: a client that
        // does not accept JSON gets the fallback writer, which skips the customisation.
        ProblemScrubbing.Scrub(problem, ApiJson.Options);
        return TypedResults.Problem(problem);
    }

    /// <summary>
    /// The answer to a domain step that was not taken, the same for every API: 404 (not found, or not the caller's),
    /// 403 (refused), 409 (the record's state does not allow it) or 422 (invalid; each field's problem in
    /// <c>errors</c> as an <see cref="ApiItemError"/> of item 0 with code <c>invalid</c>). The title is the step's own
    /// bilingual message; each field's code is the feature's own where it has one (<see cref="StepFailure.CodeOf"/>).
    /// </summary>
    public static ProblemHttpResult For(StepFailure failure) => failure.Status switch
    {
        StepStatus.NotFound => Of(StatusCodes.Status404NotFound, failure.Message),
        StepStatus.Refused => Of(StatusCodes.Status403Forbidden, failure.Message),
        StepStatus.Conflict => Of(StatusCodes.Status409Conflict, failure.Message),
        StepStatus.Invalid when failure.FieldErrors.Count > 0 => ItemsRefused(failure.Message, null,
            failure.FieldErrors.Select(e => new ApiItemError(0, null, e.Key, failure.CodeOf(e.Key), e.Value)).ToList()),
        StepStatus.Invalid => Of(StatusCodes.Status422UnprocessableEntity, failure.Message),
        _ => throw new ArgumentOutOfRangeException(nameof(failure), failure.Status, "A done step is not a problem."),
    };

    /// <summary>
    /// 422: some items were refused (<paramref name="errors"/>, one entry per problem) and the rest handled as
    /// <paramref name="extensions"/> say (e.g. <c>items</c>).
    /// </summary>
    public static ProblemHttpResult ItemsRefused(string title, string? detail, IReadOnlyList<ApiItemError> errors,
        IDictionary<string, object?>? extensions = null, string? type = null)
    {
        var members = new Dictionary<string, object?>(extensions ?? new Dictionary<string, object?>()) { ["errors"] = errors };
        return Of(StatusCodes.Status422UnprocessableEntity, title, detail, members, type);
    }

    /// <summary>413: a request that holds more than <paramref name="max"/> items (<paramref name="count"/> of them), named <paramref name="zh"/>/<paramref name="en"/>.</summary>
    public static ProblemHttpResult TooManyItems(int count, int max, string zh, string en) => Of(StatusCodes.Status413PayloadTooLarge,
        $"每次最多 {max} 条{zh} (at most {max} {en} per request)", $"The request holds {count}; split it into batches of at most {max}. Nothing was stored.");

    /// <summary>413: a body larger than <paramref name="maxBytes"/>, refused before (or while) it is read.</summary>
    public static ProblemHttpResult TooManyBytes(long maxBytes) => Of(StatusCodes.Status413PayloadTooLarge,
        $"请求体超过 {maxBytes} 字节 (the body is larger than {maxBytes} bytes)", $"Split the batch; a request may carry at most {maxBytes} bytes. Nothing was stored.");
}
