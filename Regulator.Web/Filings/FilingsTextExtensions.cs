using Microsoft.Extensions.Localization;
using Regulator.Domain.Filings;

namespace Regulator.Web.Filings;

public static class FilingsTextExtensions
{
    /// <summary>The content kinds of a filing in the reader's language: 新闻信息、演艺 / News information, Performance.</summary>
    public static string ContentKindsText(this IStringLocalizer<FilingsText> t, ContentKinds kinds) =>
        string.Join(t["ListSeparator"], Enum.GetValues<ContentKinds>().Where(k => k != ContentKinds.None && kinds.HasFlag(k)).Select(k => t["Kind" + k].Value));
}
