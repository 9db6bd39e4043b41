using System.Globalization;

namespace Regulator.Web.Blacklist;

/// <summary>Anchor for the blacklist's resource files (Resources/Blacklist/BlacklistText*.resx).</summary>
public sealed class BlacklistText
{
    /// <summary>Taxonomy names are data in both languages; pages pick the one the reader chose.</summary>
    public static string Pick(string zh, string en) => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en" ? en : zh;
}
