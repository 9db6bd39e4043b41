using System.Text.Json;
using Microsoft.AspNetCore.Http.Features;
using Regulator.Domain.Filings;
using Regulator.Web.Api;

namespace Regulator.Web.Filings.Api;

/// <summary>
/// Reads a filing request body by hand rather than by model binding, so every way it can be wrong gets its own
/// clear answer: too large (413, before parsing), not JSON, malformed, an unknown field, a wrong type, too many
/// items. None of these answers quotes the body, which holds identity numbers.
/// </summary>
public sealed class FilingRequestReader(long maxBytes)
{
    public sealed record Outcome(IReadOnlyList<FilingRequest>? Items, IResult? Error);

    public async Task<Outcome> ReadAsync(HttpRequest request, CancellationToken ct)
    {
        if (request.ContentLength > maxBytes) return TooLarge();
        if (request.ContentType is not { } type || !type.StartsWith("application/json", StringComparison.OrdinalIgnoreCase))
            return Fail(StatusCodes.Status415UnsupportedMediaType, "请求体须为 JSON (the body must be application/json)",
                "Send Content-Type: application/json with one filing object or an array of filings.");
        // Chunked bodies have no length up front: Kestrel stops them at the limit, and the copy below does for any server.
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit) limit.MaxRequestBodySize = maxBytes;

        byte[] body;
        try
        {
            body = await ReadLimitedAsync(request.Body, ct);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return TooLarge();
        }
        if (body.Length > maxBytes) return TooLarge();

        List<FilingRequest>? items;
        // A UTF-8 byte-order mark is allowed and skipped (RFC 8259 §8.1): the serializer would read it as a bad first character.
        var json = body.AsSpan();
        if (json.StartsWith("\uFEFF"u8)) json = json[3..];
        try
        {
            items = FirstSignificantByte(json) == (byte)'['
                ? JsonSerializer.Deserialize<List<FilingRequest>>(json, ApiJson.Options)
                : JsonSerializer.Deserialize<FilingRequest>(json, ApiJson.Options) is { } single ? [single] : null;
        }
        catch (JsonException e)
        {
            return Fail(StatusCodes.Status400BadRequest, Describe(e), Where(e));
        }
        if (items is null || items.Count == 0 || items.Any(i => i is null))
            return Fail(StatusCodes.Status400BadRequest, "请求中没有备案 (the request holds no filing)", "Send one filing object or a non-empty array of filing objects.");
        if (items.Count > FilingIntake.MaxBatchSize)
            return new Outcome(null, ApiProblem.TooManyItems(items.Count, FilingIntake.MaxBatchSize, "备案", "filings"));
        return new Outcome(items, null);
    }

    private async Task<byte[]> ReadLimitedAsync(Stream body, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await body.ReadAsync(chunk, ct)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > maxBytes) break;
        }
        return buffer.ToArray();
    }

    private static byte FirstSignificantByte(ReadOnlySpan<byte> body)
    {
        foreach (var b in body)
            if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')) return b;
        return 0;
    }

    // JsonException messages name our .NET types and may quote input; we say what kind of mistake it is and where.
    private static string Describe(JsonException e) => e.Message switch
    {
        var m when m.Contains("could not be mapped", StringComparison.Ordinal) => $"未知字段 {e.Path} (unknown field {e.Path})",
        var m when m.Contains("could not be converted", StringComparison.Ordinal) || m.Contains("requires", StringComparison.Ordinal)
            => $"字段类型或取值错误 {e.Path} (wrong type or value at {e.Path})",
        _ => "请求体不是有效的 JSON (the body is not well-formed JSON)",
    };

    private static string Where(JsonException e) =>
        $"JSON path {e.Path ?? "$"}, line {(e.LineNumber ?? 0) + 1}, byte {(e.BytePositionInLine ?? 0) + 1}. Nothing was stored.";

    private Outcome TooLarge() => new(null, ApiProblem.TooManyBytes(maxBytes));

    private static Outcome Fail(int status, string title, string detail) => new(null, ApiProblem.Of(status, title, detail));
}
