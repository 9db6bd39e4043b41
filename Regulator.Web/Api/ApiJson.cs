using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Regulator.Web.Api;

/// <summary>
/// The platform API's JSON: camelCase, enums by name only (a number for a status is a mistake, not a value), and
/// unknown fields refused, so a misspelt "guardain" is reported instead of silently dropping the consent.
/// </summary>
public static class ApiJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false) },
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    /// <summary>A 200 (or <paramref name="status"/>) answer written with <see cref="Options"/>.</summary>
    public static JsonHttpResult<T> Ok<T>(T value, int status = StatusCodes.Status200OK) => TypedResults.Json(value, Options, statusCode: status);
}
