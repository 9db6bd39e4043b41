namespace Regulator.Domain.Taxonomy;

/// <summary>
/// A category of violation (blacklist reasons, report triage, findings), linked to the article it comes from.
/// Kept as data so the national administrator can add categories; a category in use is retired, never deleted,
/// so old records keep their meaning.
/// </summary>
public class ViolationCategory
{
    public int Id { get; set; }

    /// <summary>Stable code platforms send through the API, e.g. <c>mct-7-child-celebrity</c>.</summary>
    public string Code { get; set; } = "";

    public string NameZh { get; set; } = "";
    public string NameEn { get; set; } = "";
    public Regulation Regulation { get; set; }

    /// <summary>The article (CAC) or opinion (MCT) number.</summary>
    public int Article { get; set; }

    public bool IsActive { get; set; } = true;

    /// <summary>How the legal basis is cited in pages and documents, e.g. 《互联网直播服务管理规定》第十五条.</summary>
    public string CitationZh => Regulation switch
    {
        Regulation.CacLiveStreamingMeasures => $"《互联网直播服务管理规定》第{ChineseNumber(Article)}条",
        // The opinions are numbered items, cited as （十八）.
        _ => $"《关于加强网络文化市场未成年人保护工作的意见》（{ChineseNumber(Article)}）",
    };

    public string CitationEn => Regulation switch
    {
        Regulation.CacLiveStreamingMeasures => $"CAC live-streaming measures, Art. {Article}",
        _ => $"MCT minors opinions, opinion {Article}",
    };

    // Formal citations write article numbers in Chinese numerals (第十五条); the regulations stop well below 100.
    private static string ChineseNumber(int n)
    {
        const string digits = "零一二三四五六七八九";
        if (n is < 1 or > 99) return n.ToString();
        var tens = n / 10;
        var units = n % 10;
        return (tens > 1 ? digits[tens].ToString() : "") + (tens > 0 ? "十" : "") + (units > 0 ? digits[units].ToString() : "");
    }
}
