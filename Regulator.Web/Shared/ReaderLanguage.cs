using System.Globalization;

namespace Regulator.Web.Shared;

/// <summary>
/// The domain writes a refusal once in both languages as "中文 (English)"; a page shows the reader's language only:
/// the Chinese part by default, the English part when the page is in English.
/// </summary>
public static class ReaderLanguage
{
    public static bool IsEnglish => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    /// <summary>The part of <paramref name="bilingual"/> in the reader's language; a text without both parts as it is.</summary>
    public static string Of(string bilingual)
    {
        var open = bilingual.IndexOf(" (", StringComparison.Ordinal);
        if (open < 0 || !bilingual.EndsWith(')')) return bilingual;
        return IsEnglish ? bilingual[(open + 2)..^1] : bilingual[..open];
    }
}
