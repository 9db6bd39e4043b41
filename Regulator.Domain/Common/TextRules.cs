using System.Globalization;
using System.Text;
using Regulator.Domain.IdentityNumbers;

namespace Regulator.Domain.Common;

/// <summary>
/// What a person may type into a name or a stated reason. Markup characters and control characters are refused
/// rather than escaped: names travel to PDFs, CSV exports and platforms' systems, where escaping is not ours to
/// enforce. Invisible characters are refused by whole Unicode categories, not by a list: a name that reads one way
/// and is stored another cannot be searched, matched or trusted.
/// </summary>
public static class TextRules
{
    /// <summary>Null when acceptable, otherwise the reason in words a clerk understands.</summary>
    public static string? ValidateName(string? value, string field, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value)) return $"{field}不能为空 (this field is required)";
        if (value.Length > maxLength) return $"{field}不能超过 {maxLength} 个字符 (at most {maxLength} characters)";
        var runes = value.EnumerateRunes().ToArray();
        for (var i = 0; i < runes.Length; i++)
        {
            var rune = runes[i];
            if (rune.Value is '<' or '>') return $"{field}不能包含尖括号等标记字符 (markup characters < > are not allowed)";
            var category = Rune.GetUnicodeCategory(rune);
            if (category is UnicodeCategory.Control or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator)
                return $"{field}不能包含控制字符 (control characters are not allowed)";
            if ((category == UnicodeCategory.Format && !IsEmojiJoiner(runes, i)) || CanonicalNumber.IsFiller(rune.Value))
                return $"{field}不能包含不可见字符或排版控制字符：{CanonicalNumber.Describe(rune.Value, english: false)} (invisible or formatting characters are not allowed: {CanonicalNumber.Describe(rune.Value, english: true)})";
        }
        return LostCharacters(value, field, realName: false);
    }

    /// <summary>
    /// Characters lost before the text reached the portal: U+FFFD (a decoder's replacement mark), private-use code
    /// points (a legacy encoding's stand-in for a character it lacked) and, in a person's real name only, "?" — what
    /// Excel writes for a rare character when it saves "CSV" in the Windows code page (李?? for 李𬌗𬌗). A display name
    /// may contain a question mark; a real name may not.
    /// </summary>
    public static string? LostCharacters(string value, string field, bool realName)
    {
        foreach (var rune in value.EnumerateRunes())
        {
            var lost = rune.Value == 0xFFFD || Rune.GetUnicodeCategory(rune) is UnicodeCategory.PrivateUse or UnicodeCategory.Surrogate
                       || (realName && rune.Value is '?' or '？');
            if (lost)
                return $"{field}中有字符已丢失（{(rune.Value is '?' or '？' ? $"“{rune}”" : $"U+{rune.Value:X4}")}）：多半是表格另存为“CSV”时无法保存生僻字。请在 Excel 中另存为“CSV UTF-8（逗号分隔）”或 .xlsx 后重新上传 " +
                       "(a character was lost before upload, usually a rare character Excel could not save in a plain CSV: save the sheet as \"CSV UTF-8\" or .xlsx and upload again)";
        }
        return null;
    }

    /// <summary>
    /// The separator of the parts of a transliterated minority or foreign name (买买提·艾力) is U+00B7 MIDDLE DOT;
    /// keyboards and fonts offer a dozen look-alikes. They are folded to U+00B7 so the same person's name is stored
    /// and matched once; what was typed is kept in the filing's history.
    /// </summary>
    public static string FoldMiddleDots(string value)
    {
        if (value.AsSpan().IndexOfAny(MiddleDotLookAlikes) < 0) return value;
        var chars = value.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
            if (MiddleDotLookAlikes.Contains(chars[i])) chars[i] = MiddleDot;
        return new string(chars);
    }

    public const char MiddleDot = '\u00B7';

    /// <summary>
    /// Look-alikes of U+00B7 in names: bullet, hyphenation point, bullet and dot operators, Katakana middle dots
    /// (full and half width, what Japanese IMEs give), Greek ano teleia, word-separator middle dot, Hangul araea.
    /// </summary>
    public const string MiddleDotLookAlikeCharacters = "\u2022\u2027\u2219\u22C5\u30FB\uFF65\u0387\u2E31\u318D\u16EB\u2024";

    private static readonly System.Buffers.SearchValues<char> MiddleDotLookAlikes = System.Buffers.SearchValues.Create(MiddleDotLookAlikeCharacters);

    // A zero-width joiner between two pictographs builds one emoji (👨‍👩‍👧), which display names may carry; anywhere
    // else it is just an invisible character.
    private static bool IsEmojiJoiner(Rune[] runes, int i)
    {
        if (runes[i].Value != 0x200D || i == 0 || i == runes.Length - 1) return false;
        var before = i - 1;
        while (before > 0 && (runes[before].Value == 0xFE0F || runes[before].Value is >= 0x1F3FB and <= 0x1F3FF)) before--;
        return Rune.GetUnicodeCategory(runes[before]) == UnicodeCategory.OtherSymbol && Rune.GetUnicodeCategory(runes[i + 1]) == UnicodeCategory.OtherSymbol;
    }
}
