namespace Regulator.Domain.Taxonomy;

/// <summary>The two regulations the portal supervises; a category names the one it comes from.</summary>
public enum Regulation
{
    /// <summary>国家网信办《互联网直播服务管理规定》(2016): articles.</summary>
    CacLiveStreamingMeasures = 1,

    /// <summary>文化和旅游部办公厅《关于加强网络文化市场未成年人保护工作的意见》(2021, 办市场发〔2021〕211号): numbered opinions.</summary>
    MctMinorsOpinions = 2,
}
