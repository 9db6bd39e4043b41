namespace Regulator.Domain.Common;

/// <summary>
/// What a person may type into a name. Markup characters and control characters are refused rather than
/// escaped: names travel to PDFs, CSV exports and platforms' systems, where escaping is not ours to enforce.
/// </summary>
public static class TextRules
{
    /// <summary>Null when acceptable, otherwise the reason in words a clerk understands.</summary>
    public static string? ValidateName(string? value, string field, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value)) return $"{field}不能为空 ({field} is required)";
        if (value.Length > maxLength) return $"{field}不能超过 {maxLength} 个字符 (at most {maxLength} characters)";
        foreach (var c in value)
        {
            if (c is '<' or '>') return $"{field}不能包含尖括号等标记字符 (markup characters < > are not allowed)";
            if (char.IsControl(c) || IsInvisibleFormatting(c)) return $"{field}不能包含控制字符 (control characters are not allowed)";
        }
        return null;
    }

    // Line separators and bidirectional overrides are invisible yet change how a name reads (U+202E turns
    // "张三" into something else on screen), so they count as control characters here.
    private static bool IsInvisibleFormatting(char c) =>
        c is '\u2028' or '\u2029' or '\u200E' or '\u200F' or >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069';
}
