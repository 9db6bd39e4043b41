using System.Text;

namespace Regulator.Domain.Filings.Csv;

/// <summary>
/// Excel on a Chinese Windows saves "CSV" in GB18030/GBK unless told "CSV UTF-8", which adds a BOM. We take a
/// UTF-8 BOM as UTF-8, otherwise try strict UTF-8 (Chinese text in GBK is practically never valid UTF-8), then
/// strict GB18030 (a superset of GBK). Bytes valid in neither are refused, not decoded into replacement marks.
/// </summary>
public static class CsvTextDecoder
{
    static CsvTextDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private const int Gb18030CodePage = 54936;

    /// <summary>The text and the encoding it was read in, or null when the bytes are neither UTF-8 nor GB18030.</summary>
    public static (string Text, string EncodingName)? Decode(byte[] bytes)
    {
        if (bytes.AsSpan().StartsWith("\uFEFF"u8)) return TryDecode(new UTF8Encoding(false, true), bytes.AsSpan(3).ToArray(), "UTF-8 (BOM)");
        return TryDecode(new UTF8Encoding(false, true), bytes, "UTF-8")
               ?? TryDecode(Encoding.GetEncoding(Gb18030CodePage, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback), bytes, "GB18030");
    }

    private static (string, string)? TryDecode(Encoding encoding, byte[] bytes, string name)
    {
        try { return (encoding.GetString(bytes), name); }
        catch (DecoderFallbackException) { return null; }
    }
}
