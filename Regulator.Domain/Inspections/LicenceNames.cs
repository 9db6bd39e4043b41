using Regulator.Domain.Platforms;

namespace Regulator.Domain.Inspections;

/// <summary>Licences by their official Chinese names, as evidence cites them in the record.</summary>
public static class LicenceNames
{
    public static string Chinese(LicenceKind kind) => kind switch
    {
        LicenceKind.NetworkCulture => "网络文化经营许可证",
        LicenceKind.AudioVisualProgramme => "信息网络传播视听节目许可证",
        LicenceKind.NewsInformation => "互联网新闻信息服务许可证",
        _ => kind.ToString(),
    };
}
