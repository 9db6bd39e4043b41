using System.Globalization;

namespace Regulator.Web.SpotChecks;

/// <summary>Anchor for the spot-check pages' resource files (Resources/SpotChecks/SpotChecksText*.resx).</summary>
public sealed class SpotChecksText
{
    /// <summary>
    /// A refusal from the spot-check rules, which write it once in both languages as "中文 (English)", in the reader's
    /// language: the Chinese part by default, the English part when the page is in English.
    /// </summary>
    public static string InReadersLanguage(string bilingual)
    {
        var open = bilingual.IndexOf(" (", StringComparison.Ordinal);
        if (open < 0 || !bilingual.EndsWith(')')) return bilingual;
        return CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en" ? bilingual[(open + 2)..^1] : bilingual[..open];
    }
}
