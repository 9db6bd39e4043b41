using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using System.Text.Json.Serialization;

namespace Regulator.Web.Filings.Api;

/// <summary>
/// The filing API's JSON: camelCase, enums by name only (a number for a status is a mistake, not a value), and
/// unknown fields refused, so a misspelt "guardain" is reported instead of silently dropping the consent.
/// </summary>
public static class FilingJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false) },
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    public static IResult Ok<T>(T value) => Results.Json(value, Options);

    /// <summary>RFC 7807 problem details, written with these options so enums in item lists read as names.</summary>
    public static IResult Problem(int status, string title, string? detail = null, IDictionary<string, object?>? extensions = null)
    {
        var problem = new ProblemDetails { Status = status, Title = title, Detail = detail };
        foreach (var (key, value) in extensions ?? new Dictionary<string, object?>()) problem.Extensions[key] = value;
        ProblemScrubbing.Scrub(problem, Options);
        return Results.Json(problem, Options, "application/problem+json", status);
    }
}
