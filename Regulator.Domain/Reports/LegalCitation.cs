namespace Regulator.Domain.Reports;

/// <summary>How an article of one of the two regulations is cited in Chinese, wherever a record names its legal basis.</summary>
public static class LegalCitation
{
    /// <summary>E.g. 《互联网直播服务管理规定》第16条, or 《关于加强网络文化市场未成年人保护工作的意见》第9条.</summary>
    public static string Of(LegalSource source, int article) => source == LegalSource.CacLiveStreamingMeasures
        ? $"《互联网直播服务管理规定》第{article}条"
        : $"《关于加强网络文化市场未成年人保护工作的意见》第{article}条";
}
