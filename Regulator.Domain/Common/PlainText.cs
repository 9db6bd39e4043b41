using System.Globalization;

namespace Regulator.Domain.Common;

/// <summary>
/// Names people type (real names, display names, reasons) end up in pages, CSV exports and PDF reports. We
/// reject rather than escape anything that is markup or invisible: angle brackets, control characters, and
/// the bidirectional overrides that can make a name read differently from what is stored. Ordinary Chinese and
/// English punctuation — including the middle dot in names such as 买买提·艾力, quotes, ampersands, emoji — is accepted.
/// </summary>
public static class PlainText
{
    /// <summary>Null when acceptable, otherwise the reason, naming the field in both languages.</summary>
    public static string? Problem(string value, string labelZh, string labelEn)
    {
        foreach (var c in value)
        {
            if (c is '<' or '>')
                return $"{labelZh}不能包含尖括号 < > (markup is not allowed in the {labelEn})";
            if (IsInvisibleControl(c))
                return $"{labelZh}不能包含控制字符或不可见的方向控制符 (control characters are not allowed in the {labelEn})";
        }
        return null;
    }

    private static bool IsInvisibleControl(char c) =>
        char.GetUnicodeCategory(c) is UnicodeCategory.Control or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
        || c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069' or '\u200E' or '\u200F';
}
