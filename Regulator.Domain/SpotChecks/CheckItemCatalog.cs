using Regulator.Domain.Common;
using Regulator.Domain.Reports;
using static Regulator.Domain.Reports.LegalSource;
using static Regulator.Domain.SpotChecks.TargetKind;

namespace Regulator.Domain.SpotChecks;

/// <summary>
/// The check items seeded with the schema, from the two regulations in shared/seeds: the CAC list for the cyberspace
/// offices, the MCT list for the culture and tourism bureaus. Each names the article or point it enforces.
/// </summary>
public static class CheckItemCatalog
{
    public static readonly IReadOnlyList<CheckItem> Seed =
    [
        Item(1, "cac-news-licence", "互联网新闻信息服务资质", "Internet news-information licence for news live streams", CacLiveStreamingMeasures, 5, Platform),
        Item(2, "cac-credentials", "网络表演、网络视听节目相关资质", "Credentials for online performances and audio-visual programmes", CacLiveStreamingMeasures, 6, Platform),
        Item(3, "cac-content-review-patrol", "信息审核、值班巡查、应急处置制度落实", "Content review, duty patrols and emergency response in place", CacLiveStreamingMeasures, 7, Platform),
        Item(4, "cac-instant-cutoff", "即时阻断直播的技术能力", "Technical capacity to cut off a live stream instantly", CacLiveStreamingMeasures, 8, Platform),
        Item(5, "cac-comment-management", "评论、弹幕等互动环节实时管理", "Real-time management of comments and bullet comments", CacLiveStreamingMeasures, 11, Platform),
        Item(6, "cac-real-name-filing", "主播真实身份信息核验与分类备案", "Publishers' real identity verified and filed by type", CacLiveStreamingMeasures, 12, Platform),
        Item(7, "cac-service-agreement", "与用户签订服务协议", "Service agreements signed with users", CacLiveStreamingMeasures, 13, Platform),
        Item(8, "cac-punitive-measures-reported", "违规处置措施落实并向主管部门报告", "Punitive measures applied and reported to the competent department", CacLiveStreamingMeasures, 14, Platform),
        Item(9, "cac-credit-blacklist", "主播信用分级管理与黑名单", "Publisher credit grading and blacklist", CacLiveStreamingMeasures, 15, Platform),
        Item(10, "cac-log-retention-60-days", "直播内容及日志信息保存 60 日", "Live content and logs kept for 60 days", CacLiveStreamingMeasures, 16, Platform),
        Item(11, "cac-complaint-channels", "投诉举报渠道畅通、及时处理", "Complaint and report channels open and handled promptly", CacLiveStreamingMeasures, 19, Platform),
        Item(12, "cac-publisher-lawful-content", "主播直播内容合法合规", "The publisher's streams keep within the law", CacLiveStreamingMeasures, 9, Publisher),
        Item(13, "cac-publisher-news-accuracy", "主播发布新闻信息真实准确、注明来源", "News the publisher streams is accurate and sourced", CacLiveStreamingMeasures, 10, Publisher),
        Item(14, "mct-minor-accounts", "不为未满 16 周岁未成年人开通直播账号", "No live-streaming publisher accounts for minors under 16", MctMinorsOpinions, 4, Platform),
        Item(15, "mct-guardian-consent", "16 至 18 周岁主播身份核验与监护人同意", "Publishers aged 16–17: identity verified and guardian consent", MctMinorsOpinions, 4, Platform),
        Item(16, "mct-minor-personal-information", "未成年人个人信息保护与网络欺凌处置", "Minors' personal information protected, cyberbullying stopped", MctMinorsOpinions, 5, Platform),
        Item(17, "mct-harmful-content-blocking", "有害内容拦截与人工审核", "Harmful content blocked; manual review effective", MctMinorsOpinions, 6, Platform),
        Item(18, "mct-child-celebrity", "严禁利用“网红儿童”牟利", "No profiteering from \"child internet celebrities\"", MctMinorsOpinions, 7, Publisher),
        Item(19, "mct-tipping-controls", "打赏规范：无榜单炒作、虚假消费，识别未成年人使用成年人账号打赏", "Tipping controls: no ranking hype or fake spending; minors on adult accounts detected", MctMinorsOpinions, 8, Platform),
        Item(20, "mct-minor-protection-mode", "未成年人保护模式（时间锁、消费限制、防绕过等）", "Minor-protection mode (time lock, spending limits, anti-bypass)", MctMinorsOpinions, 9, Platform),
        Item(21, "mct-report-button", "“内容不适”反馈按钮与未成年人专门举报入口", "\"Inappropriate content\" button and a minors' reporting channel", MctMinorsOpinions, 12, Platform),
        Item(22, "mct-negative-values", "主播无炫富拜金、卖惨、畸形审美等内容", "No flaunting of wealth, sorrow-spotlighting or distorted aesthetics", MctMinorsOpinions, 15, Publisher),
    ];

    private static CheckItem Item(int id, string code, string zh, string en, LegalSource source, int article, TargetKind appliesTo) => new()
    {
        Id = id, Code = code, NameZh = zh, NameEn = en, Source = source, Article = article, AppliesTo = appliesTo,
        Agency = source == CacLiveStreamingMeasures ? Agency.Cyberspace : Agency.CultureTourism,
    };
}
