using System.Text;

namespace Regulator.Domain.Common;

/// <summary>
/// Decodes text as Chinese Windows writes it: GBK (code page 936) and GB 18030, the way the WHATWG Encoding
/// Standard's gb18030 decoder reads both, with GB 18030-2022's mappings. .NET's code page 54936 follows GB 18030-2005:
/// it refuses the single byte 0x80 that code page 936 uses for €, and decodes 24 two-byte codes to private-use code
/// points that GB 18030-2022 (and GB 18030-2005 for A8BC) moved to real characters. No maintained .NET decoder
/// with those mappings restores here, so those codes are taken from <see cref="Corrections"/> and everything else
/// from the platform's decoder, strictly: bytes that are no GB 18030 at all make the whole text unreadable (null).
/// </summary>
public static class Gb18030Text
{
    static Gb18030Text() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private const int Gb18030CodePage = 54936;

    /// <summary>
    /// Two-byte codes (and the one-byte 0x80) whose meaning differs from .NET's code page 54936. Generated on
    /// 30 Nov 2026 by decoding all 23,940 two-byte codes with GNU libc 2.36's GB18030 converter (<c>iconv -f GB18030</c>,
    /// which implements the GB 18030-2022 mappings) and keeping those that differ from the GB 18030-2005 mapping;
    /// plus 0x80 → U+20AC and A3A0 → U+3000 from the WHATWG Encoding Standard (gb18030 decoder, index gb18030).
    /// </summary>
    public static readonly IReadOnlyDictionary<int, int> Corrections = new Dictionary<int, int>
    {
        [0x80] = 0x20AC, // €, code page 936's single byte
        [0xA3A0] = 0x3000, // WHATWG, for deployed content (GB 18030-2022: PUA U+E5E5)
        [0xA6D9] = 0xFE10, [0xA6DA] = 0xFE12, [0xA6DB] = 0xFE11, [0xA6DC] = 0xFE13, [0xA6DD] = 0xFE14, // vertical forms
        [0xA6DE] = 0xFE15, [0xA6DF] = 0xFE16, [0xA6EC] = 0xFE17, [0xA6ED] = 0xFE18, [0xA6F3] = 0xFE19,
        [0xA8BC] = 0x1E3F, // ḿ (GB 18030-2005)
        [0xFE51] = 0x20087, [0xFE52] = 0x20089, [0xFE53] = 0x200CC, [0xFE6C] = 0x215D7, [0xFE76] = 0x2298F, [0xFE91] = 0x241FE, // CJK Ext. B
        [0xFE59] = 0x9FB4, [0xFE61] = 0x9FB5, [0xFE66] = 0x9FB6, [0xFE67] = 0x9FB7, [0xFE6D] = 0x9FB8, // CJK Unified Ideographs
        [0xFE7E] = 0x9FB9, [0xFE90] = 0x9FBA, [0xFEA0] = 0x9FBB,
    };

    /// <summary>The text, or null when the bytes are not GBK / GB 18030.</summary>
    public static string? Decode(ReadOnlySpan<byte> bytes)
    {
        var strict = Encoding.GetEncoding(Gb18030CodePage, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        var text = new StringBuilder(bytes.Length);
        var runStart = 0;
        var i = 0;
        while (i < bytes.Length)
        {
            var b = bytes[i];
            int length;
            if (b < 0x80) length = 1;
            else if (b == 0x80) length = 1;
            else if (b == 0xFF || i + 1 >= bytes.Length) return null;
            else if (bytes[i + 1] is >= 0x30 and <= 0x39) length = 4;
            else length = 2;
            if (i + length > bytes.Length) return null;
            var code = length switch { 1 => b, 2 => (b << 8) | bytes[i + 1], _ => -1 };
            if (code >= 0x80 && Corrections.TryGetValue(code, out var codePoint))
            {
                if (!TryAppend(strict, bytes[runStart..i], text)) return null;
                text.Append(char.ConvertFromUtf32(codePoint));
                runStart = i + length;
            }
            i += length;
        }
        return TryAppend(strict, bytes[runStart..], text) ? text.ToString() : null;
    }

    private static bool TryAppend(Encoding strict, ReadOnlySpan<byte> run, StringBuilder text)
    {
        if (run.IsEmpty) return true;
        try { text.Append(strict.GetString(run)); return true; }
        catch (DecoderFallbackException) { return false; }
    }
}
