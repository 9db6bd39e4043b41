using System.Globalization;
using Regulator.Domain.Filings;

namespace Regulator.Domain.SpotChecks;

/// <summary>
/// How a target is named wherever spot checks are shown, including the public pages: organisations by their name, an
/// individual publisher by the first character of the surname and a star for each further character (张** for
/// 张三丰). Never an identity number.
/// </summary>
public static class TargetLabels
{
    public static string ForPublisher(PublisherType type, string realName) =>
        type == PublisherType.Organization ? realName : MaskPerson(realName);

    public static string MaskPerson(string name)
    {
        var trimmed = name.Trim();
        var info = new StringInfo(trimmed);
        if (info.LengthInTextElements == 0) return "*";
        return info.SubstringByTextElements(0, 1) + new string('*', Math.Max(1, info.LengthInTextElements - 1));
    }
}
