using Microsoft.Extensions.Localization;
using Regulator.Domain.Filings;

namespace Regulator.Web.Filings;

public static class FilingsTextExtensions
{
    /// <summary>The content kinds of a filing in the reader's language: 新闻信息、演艺 / News information, Performance.</summary>
    public static string ContentKindsText(this IStringLocalizer t, ContentKinds kinds) =>
        string.Join(t["ListSeparator"], Enum.GetValues<ContentKinds>().Where(k => k != ContentKinds.None && kinds.HasFlag(k)).Select(k => t["Kind" + k].Value));

    /// <summary>The choices of a filter over an enum, with texts from the filing resources as <paramref name="prefix"/> + name.</summary>
    public static IEnumerable<(string Value, string Text)> Choices<TEnum>(this IStringLocalizer t, string prefix, params TEnum[] skip) where TEnum : struct, Enum =>
        Enum.GetValues<TEnum>().Where(v => !skip.Contains(v)).Select(v => (v.ToString(), t[prefix + v].Value));
}
