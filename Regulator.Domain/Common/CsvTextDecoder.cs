using System.Text;

namespace Regulator.Domain.Common;

/// <summary>
/// Excel on a Chinese Windows saves "CSV" in code page 936 (GBK) unless told "CSV UTF-8", which adds a BOM. We take a
/// UTF-8 BOM as UTF-8, otherwise try strict UTF-8 (Chinese text in GBK is practically never valid UTF-8), then
/// GBK / GB 18030 as <see cref="Gb18030Text"/> reads them. Bytes valid in neither are refused, not decoded into
/// replacement marks. One decoder for every upload: filings and the report backlog import.
/// </summary>
public static class CsvTextDecoder
{
    /// <summary>The text and the encoding it was read in, or null when the bytes are neither UTF-8 nor GB18030.</summary>
    public static (string Text, string EncodingName)? Decode(byte[] bytes)
    {
        if (bytes.AsSpan().StartsWith("\uFEFF"u8)) return TryUtf8(bytes.AsSpan(3).ToArray(), "UTF-8 (BOM)");
        return TryUtf8(bytes, "UTF-8") ?? (Gb18030Text.Decode(bytes) is { } text ? (text, "GB18030") : null);
    }

    private static (string, string)? TryUtf8(byte[] bytes, string name)
    {
        try { return (new UTF8Encoding(false, true).GetString(bytes), name); }
        catch (DecoderFallbackException) { return null; }
    }
}
