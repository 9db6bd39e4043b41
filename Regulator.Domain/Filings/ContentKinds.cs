namespace Regulator.Domain.Filings;

/// <summary>What a publisher streams. Flags, because one publisher may do several (CAC Art. 5 and 6).</summary>
[Flags]
public enum ContentKinds
{
    None = 0,

    /// <summary>新闻信息: needs the platform's internet news-information licence (CAC Art. 5).</summary>
    NewsInformation = 1,

    /// <summary>演艺: online performances.</summary>
    Performance = 2,

    /// <summary>视听节目: audio-visual programmes.</summary>
    AudioVisual = 4,

    /// <summary>其他</summary>
    Other = 8,
}
