using System.Globalization;
using Regulator.Domain.Provinces;

namespace Regulator.Web.Shared;

/// <summary>A province's name in the reader's language.</summary>
public static class ProvinceNames
{
    /// <summary>The name of the province with code <paramref name="code"/>; the code itself if unknown, empty for none.</summary>
    public static string Of(string? code) => ProvinceCatalog.Find(code) is { } p
        ? (CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "zh" ? p.NameZh : p.NameEn)
        : code ?? "";

    /// <summary>Every province as (code, name in the reader's language), for a choice filter.</summary>
    public static IEnumerable<(string Value, string Text)> Choices() => ProvinceCatalog.All.Select(p => (p.Code, Of(p.Code)));
}
