using System.Globalization;
using System.Text;

namespace Regulator.Domain.IdentityNumbers;

/// <summary>
/// An identity number in the one form that is validated, encrypted and blind-indexed, and the hidden characters
/// that were taken out to get there (code points, in order), so a message can name them when one is still due.
/// </summary>
public readonly record struct CanonicalNumber(string Value, IReadOnlyList<int> Removed)
{
    /// <summary>
    /// Spaces of every kind (U+0020, U+00A0, U+3000, …), characters of Unicode's format category (zero-width
    /// characters, U+2060, the byte-order mark U+FEFF, soft hyphen, bidi marks, tag characters) and the Hangul fillers
    /// are removed: a clerk sees 18 characters and means them. Then full-width letters and digits are folded (NFKC),
    /// and a lower-case x check character becomes X.
    /// </summary>
    public static CanonicalNumber Of(string? typed)
    {
        if (string.IsNullOrEmpty(typed)) return new("", []);
        var kept = new StringBuilder(typed.Length);
        var removed = new List<int>();
        foreach (var rune in typed.EnumerateRunes())
        {
            if (IsHidden(rune)) removed.Add(rune.Value);
            else kept.Append(rune.ToString());
        }
        return new(kept.ToString().Normalize(NormalizationForm.FormKC).ToUpperInvariant(), removed);
    }

    /// <summary>True for a character a person cannot see or tell from a space: whitespace, format characters, fillers.</summary>
    public static bool IsHidden(Rune rune) =>
        Rune.IsWhiteSpace(rune) || Rune.GetUnicodeCategory(rune) == UnicodeCategory.Format || IsFiller(rune.Value);

    /// <summary>Hangul fillers are letters by category, yet print as nothing: a favourite for blank-looking names.</summary>
    public static bool IsFiller(int codePoint) => codePoint is 0x115F or 0x1160 or 0x3164 or 0xFFA0;

    /// <summary>
    /// Appended to a refusal when hidden characters were taken out of the number, so the clerk knows what to look
    /// for in the source: "（已去除号码中的不可见字符：U+200B 零宽空格）".
    /// </summary>
    public string HiddenNote()
    {
        if (Removed.Count == 0) return "";
        var names = Removed.Distinct().Where(c => c != ' ').Select(Describe).ToList();
        return names.Count == 0 ? "" : $"（已去除号码中的不可见字符 hidden characters removed: {string.Join("、", names)}）";
    }

    /// <summary>"U+200B 零宽空格 zero width space": the code point and a name a clerk can search for.</summary>
    public static string Describe(int codePoint) => $"U+{codePoint:X4} {NameOf(codePoint)}";

    /// <summary>"U+200B 零宽空格", or "U+200B zero width space" in English: for a message written in each language.</summary>
    public static string Describe(int codePoint, bool english)
    {
        var name = NameOf(codePoint);
        var space = name.IndexOf(' ');
        return $"U+{codePoint:X4} {(english ? name[(space + 1)..] : name[..space])}";
    }

    private static string NameOf(int codePoint) => codePoint switch
    {
        0x00A0 => "不换行空格 no-break space",
        0x3000 => "全角空格 ideographic space",
        0x200B => "零宽空格 zero width space",
        0x200C => "零宽不连字 zero width non-joiner",
        0x200D => "零宽连字 zero width joiner",
        0x2060 => "零宽不换行 word joiner",
        0xFEFF => "字节顺序标记 byte order mark",
        0x00AD => "软连字符 soft hyphen",
        0x200E or 0x200F or (>= 0x202A and <= 0x202E) or (>= 0x2066 and <= 0x2069) => "双向文字控制符 bidirectional control",
        >= 0xE0000 and <= 0xE007F => "标签字符 tag character",
        0x115F or 0x1160 or 0x3164 or 0xFFA0 => "韩文填充符 Hangul filler",
        0x0009 => "制表符 tab",
        0x000A or 0x000D => "换行符 line break",
        _ when Rune.IsWhiteSpace(new Rune(codePoint)) => "空白字符 space",
        _ => "格式字符 format character",
    };
}
