using System.Globalization;

namespace Regulator.Web.SpotChecks;

/// <summary>Anchor for the spot-check pages' resource files (Resources/SpotChecks/SpotChecksText*.resx).</summary>
public sealed class SpotChecksText
{
    /// <summary>A check item's name in the reader's language (items are data, named in both languages where they are seeded).</summary>
    public static string ItemName(string nameZh, string nameEn) => InEnglish ? nameEn : nameZh;

    private static bool InEnglish => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";
}
