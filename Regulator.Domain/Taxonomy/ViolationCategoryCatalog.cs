namespace Regulator.Domain.Taxonomy;

/// <summary>
/// The categories the two regulations name (see docs/domain.md), installed by migration so every deployment starts
/// with them. Ids are fixed because migrations insert them; categories added later by administrators get higher ids.
/// </summary>
public static class ViolationCategoryCatalog
{
    public static readonly IReadOnlyList<ViolationCategory> Defaults =
    [
        Cac(1, "cac-9-security", "危害国家安全、扰乱社会秩序", "Endangering national security or disturbing social order", 9),
        Cac(2, "cac-9-obscene", "传播淫秽色情信息", "Disseminating pornographic or obscene material", 9),
        Cac(3, "cac-5-news-unlicensed", "无资质提供互联网新闻信息服务", "News information without a news-information licence", 5),
        Cac(4, "cac-10-news-distorted", "歪曲、篡改新闻信息", "Distorted or falsified news information", 10),
        Cac(5, "cac-14-service-agreement", "违反法律法规或服务协议", "Breach of law or of the service agreement", 14),
        Mct(6, "mct-6-harmful", "邪教、色情、非法宗教传播、危险行为、不良价值观等有害内容", "Harmful content: cults, sex, illegal proselytization, dangerous conduct, negative values", 6),
        Mct(7, "mct-6-luring-minors", "以低俗图片、“福利”“资料”等诱导未成年人", "Luring minors with vulgar pictures, \"welfare\" or \"materials\"", 6),
        Mct(8, "mct-6-private-contact", "在直播间展示个人联系方式", "Showing private contact details in the broadcast room", 6),
        Mct(9, "mct-6-elsagate", "“邪典”类有害内容", "\"Elsagate\"-style content", 6),
        Mct(10, "mct-5-cyberbullying", "网络欺凌未成年人", "Cyberbullying of minors", 5),
        Mct(11, "mct-7-child-celebrity", "利用“儿童网红”牟利", "Profiting from \"child internet celebrities\"", 7),
        Mct(12, "mct-8-induced-tipping", "诱导未成年人打赏、虚假消费带动打赏", "Inducing minors to tip, fake spending and tip seeding", 8),
        Mct(13, "mct-15-distorted-values", "炫富拜金、奢靡享乐、卖惨审丑", "Showing off wealth, money worship, extravagance, spotlighting sorrow, distorted aesthetics", 15),
        Mct(14, "mct-18-vile-impact", "严重违法违规、违背公序良俗且造成恶劣社会影响", "Serious violations against good customs with a vile social impact (problem hosts)", 18),
    ];

    private static ViolationCategory Cac(int id, string code, string zh, string en, int article) =>
        new() { Id = id, Code = code, NameZh = zh, NameEn = en, Regulation = Regulation.CacLiveStreamingMeasures, Article = article };

    private static ViolationCategory Mct(int id, string code, string zh, string en, int article) =>
        new() { Id = id, Code = code, NameZh = zh, NameEn = en, Regulation = Regulation.MctMinorsOpinions, Article = article };
}
