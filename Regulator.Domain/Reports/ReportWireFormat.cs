using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Regulator.Domain.Common;

namespace Regulator.Domain.Reports;

/// <summary>
/// The intake contract's JSON (docs/report-intake.md): a push body <c>{"reports":[…]}</c> and JSON Lines files carry
/// the same item objects. Each item is read on its own, so one malformed item is rejected without failing the batch.
/// </summary>
public static class ReportWireFormat
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new ReceivedAtConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public sealed record PushBody(IReadOnlyList<ReportDraft> Reports);

    /// <summary>The items of a push body, or null when the body is not the expected object at all.</summary>
    public static IReadOnlyList<IntakeItem>? ReadBatch(ReadOnlyMemory<byte> body)
    {
        JsonDocument document;
        // Parsed in place: a full batch is most of a megabyte, and a copy of it would land on the large object heap.
        // A UTF-8 byte-order mark (Windows tools write one) is allowed and skipped: JSON text may start with one (RFC 8259 §8.1).
        if (body.Span.StartsWith("\uFEFF"u8)) body = body[3..];
        try { document = JsonDocument.Parse(body); }
        catch (JsonException) { return null; }
        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object || !document.RootElement.TryGetProperty("reports", out var reports)
                || reports.ValueKind != JsonValueKind.Array) return null;
            return reports.EnumerateArray().Select((element, i) => ReadItem(i, element)).ToList();
        }
    }

    /// <summary>One line of a JSON Lines file; <paramref name="lineNumber"/> is 1-based.</summary>
    public static IntakeItem ReadLine(int lineNumber, string line)
    {
        try
        {
            using var document = JsonDocument.Parse(line);
            return ReadItem(lineNumber, document.RootElement);
        }
        catch (JsonException e)
        {
            return IntakeItem.Unreadable(lineNumber, "json", $"不是有效的 JSON (not valid JSON): {e.Message}");
        }
    }

    private static IntakeItem ReadItem(int position, JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.Object) return IntakeItem.Unreadable(position, "json", "每条举报应为 JSON 对象 (each report must be a JSON object)");
        try
        {
            return IntakeItem.Read(position, element.Deserialize<ReportDraft>(Options)!);
        }
        catch (JsonException e)
        {
            var field = e.Path?.TrimStart('$', '.') is { Length: > 0 } path ? path : "json";
            return IntakeItem.Unreadable(position, field, $"字段类型错误 (wrong type for {field})");
        }
    }

    /// <summary>
    /// ISO 8601 with an offset, as the contract asks; a time without an offset is taken as China Standard Time, the
    /// 12318 platform's own clock, never as the portal server's local zone.
    /// </summary>
    public static bool TryParseReceivedAt(string? text, out DateTimeOffset value)
    {
        value = default;
        if (string.IsNullOrWhiteSpace(text)) return false;
        text = text.Trim();
        var hasOffset = text.EndsWith('Z') || text.EndsWith('z') || (text.Length > 19 && (text.LastIndexOf('+') > 10 || text.LastIndexOf('-') > 10));
        if (hasOffset) return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out value);
        if (!DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local)) return false;
        value = new DateTimeOffset(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), ChinaTime.Offset);
        return true;
    }

    private sealed class ReceivedAtConverter : JsonConverter<DateTimeOffset>
    {
        public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            reader.TokenType == JsonTokenType.String && TryParseReceivedAt(reader.GetString(), out var value)
                ? value
                : throw new JsonException("receivedAt must be an ISO 8601 date-time.");

        public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
            writer.WriteStringValue(value.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture));
    }
}
