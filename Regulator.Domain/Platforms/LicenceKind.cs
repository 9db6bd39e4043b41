namespace Regulator.Domain.Platforms;

public enum LicenceKind
{
    /// <summary>网络文化经营许可证</summary>
    NetworkCulture = 1,

    /// <summary>信息网络传播视听节目许可证</summary>
    AudioVisualProgramme = 2,

    /// <summary>互联网新闻信息服务许可证 — required for news-information content (CAC Art. 5).</summary>
    NewsInformation = 3,
}
