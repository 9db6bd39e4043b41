using System.Buffers;
using System.Text.Json;
using Regulator.Domain.Filings;

namespace Regulator.Bench.Filings;

/// <summary>Writes drafts as the API's JSON (camelCase names, enum names), straight to UTF-8.</summary>
public static class FilingJson
{
    public static byte[] Batch(IReadOnlyList<FilingDraft> drafts)
    {
        var buffer = new ArrayBufferWriter<byte>(drafts.Count * 400);
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartArray();
            foreach (var d in drafts) Write(w, d);
            w.WriteEndArray();
        }
        return buffer.WrittenSpan.ToArray();
    }

    private static void Write(Utf8JsonWriter w, FilingDraft d)
    {
        w.WriteStartObject();
        w.WriteString("platformPublisherId", d.PlatformPublisherId);
        w.WriteString("publisherType", Name(d.PublisherType!.Value));
        w.WriteString("realName", d.RealName);
        w.WriteString("identityNumber", d.IdentityNumber);
        w.WriteStartArray("displayNames");
        foreach (var n in d.DisplayNames ?? []) w.WriteStringValue(n);
        w.WriteEndArray();
        w.WriteStartArray("contentKinds");
        foreach (var k in Enum.GetValues<ContentKinds>().Where(k => k != ContentKinds.None && d.ContentKinds.HasFlag(k))) w.WriteStringValue(Name(k));
        w.WriteEndArray();
        if (d.Guardian is { } g)
        {
            w.WriteStartObject("guardian");
            w.WriteString("name", g.Name);
            if (g.Relation is { } r) w.WriteString("relation", Name(r));
            if (g.IdentityNumber is not null) w.WriteString("identityNumber", g.IdentityNumber);
            if (g.ConsentDate is { } c) w.WriteString("consentDate", c.ToString("yyyy-MM-dd"));
            w.WriteEndObject();
        }
        w.WriteEndObject();
    }

    private static string Name<T>(T value) where T : struct, Enum => JsonNamingPolicy.CamelCase.ConvertName(value.ToString());
}
