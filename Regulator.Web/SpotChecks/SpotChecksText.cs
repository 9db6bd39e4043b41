using System.Globalization;

namespace Regulator.Web.SpotChecks;

/// <summary>Anchor for the spot-check pages' resource files (Resources/SpotChecks/SpotChecksText*.resx).</summary>
public sealed class SpotChecksText
{
    /// <summary>
    /// A refusal from the spot-check rules, which write it once in both languages as "中文 (English)", in the reader's
    /// language: the Chinese part by default, the English part when the page is in English.
    /// </summary>
    public static string InReadersLanguage(string bilingual) => Regulator.Web.Shared.ReaderLanguage.Of(bilingual);

    /// <summary>A check item's name in the reader's language (items are data, named in both languages where they are seeded).</summary>
    public static string ItemName(string nameZh, string nameEn) => InEnglish ? nameEn : nameZh;

    private static bool InEnglish => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";
}
