using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Regulator.Domain.Auditing;
using Regulator.Domain.Common;
using Regulator.Domain.Persistence;
using Regulator.Domain.Scoping;
using static Regulator.Domain.Reports.CasePriority;
using static Regulator.Domain.Reports.LegalSource;

namespace Regulator.Domain.Reports;

/// <summary>
/// The report and finding categories of domain.md, each tied to its article. Seeded with the schema; the national
/// administrator adds categories as new forms of harm appear (codes are then shared with the National Reporting Platform).
/// Deadlines are shortest where a minor is the victim or the harm spreads fastest. Every member of staff reads it;
/// adding is the national administrator's step alone, checked here against the actor of the scope whatever a page offers.
/// </summary>
public sealed partial class ReportTaxonomy(RegulatorDbContext db, ICurrentActor actor, AuditLog audit)
{
    /// <summary>The refusal of an addition by anyone but the national administrator.</summary>
    public static readonly StepFailure NotNationalAdministrator =
        StepFailure.Refused("只有全国管理员可以新增举报类别 (only the national administrator may add report categories)");

    /// <summary>The problem of a code another category already has: codes are shared with the National Reporting Platform.</summary>
    public const string CodeTaken = "该代码已被其他类别使用 (Another category already has this code.)";

    public static readonly IReadOnlyList<ReportCategory> Seed =
    [
        Category(1, "harmful-cult", "邪教内容", "Cult content", MctMinorsOpinions, 6, 10, High),
        Category(2, "harmful-sexual", "色情低俗内容", "Sexual or vulgar content", MctMinorsOpinions, 6, 10, High),
        Category(3, "harmful-proselytizing", "非法传教", "Illegal proselytization", MctMinorsOpinions, 6, 10, Normal),
        Category(4, "harmful-dangerous-conduct", "危险行为", "Dangerous conduct", MctMinorsOpinions, 6, 10, Normal),
        Category(5, "harmful-negative-values", "不良价值观", "Negative values", MctMinorsOpinions, 6, 15, Normal),
        Category(6, "minors-lure-vulgar", "以低俗图片、“福利”“资料”诱导未成年人", "Luring minors with vulgar pictures, \"welfare\" or \"materials\"", MctMinorsOpinions, 6, 5, High),
        Category(7, "private-contact-display", "直播间展示私人联系方式", "Private contact details (phone, WeChat ID, QR code) shown in a broadcast room", MctMinorsOpinions, 6, 10, Normal),
        Category(8, "elsagate", "“儿童邪典”内容", "\"Elsagate\"-style content", MctMinorsOpinions, 6, 5, High),
        Category(9, "child-celebrity-profiteering", "利用“网红儿童”牟利", "\"Child internet celebrity\" profiteering", MctMinorsOpinions, 7, 5, High),
        Category(10, "minors-indecent-poses", "未成年人不雅姿势引流带货", "Minors in indecent poses to draw traffic or sell goods", MctMinorsOpinions, 7, 5, Urgent),
        Category(11, "tip-ranking-hype", "打赏榜单、虚假宣传炒作", "Tip rankings and fake publicity", MctMinorsOpinions, 8, 15, Normal),
        Category(12, "minors-induced-spending", "虚假消费、带头打赏诱导未成年人消费", "Fake spending or tip seeding to induce minors' spending", MctMinorsOpinions, 8, 10, High),
        Category(13, "minors-adult-account-tipping", "未成年人使用成年人账号打赏", "Minors tipping through adult accounts", MctMinorsOpinions, 8, 10, Normal),
        Category(14, "minor-mode-missing", "未成年人保护模式功能缺失", "Missing minor-protection mode features", MctMinorsOpinions, 9, 15, Normal),
        Category(15, "wealth-flaunting", "炫富拜金、奢靡享乐", "Showing off wealth, money worship, extravagance", MctMinorsOpinions, 15, 15, Normal),
        Category(16, "sorrow-spotlighting", "卖惨", "Spotlighting sorrow", MctMinorsOpinions, 15, 15, Normal),
        Category(17, "distorted-aesthetics", "畸形审美", "\"Distorted aesthetics\"", MctMinorsOpinions, 15, 15, Normal),
        Category(18, "minors-cyberbullying", "未成年人网络欺凌", "Cyberbullying of minors", MctMinorsOpinions, 5, 3, High),
        Category(19, "news-unlicensed", "无资质从事互联网新闻信息服务", "News information services without a licence", CacLiveStreamingMeasures, 5, 15, Normal),
        Category(20, "news-distorted", "歪曲、篡改新闻信息", "Distorted or falsified news information", CacLiveStreamingMeasures, 10, 10, Normal),
        Category(21, "obscene-material", "传播淫秽色情信息", "Pornographic or obscene material", CacLiveStreamingMeasures, 9, 5, High),
        Category(22, "national-security", "危害国家安全、破坏社会稳定", "Endangering national security or social stability", CacLiveStreamingMeasures, 9, 3, Urgent),
        Category(23, "social-order", "扰乱社会秩序、侵害他人合法权益", "Disturbing social order or infringing others' rights", CacLiveStreamingMeasures, 9, 10, Normal),
        Category(24, "other", "其他违法违规行为", "Other unlawful conduct", CacLiveStreamingMeasures, 19, 15, Normal),
    ];

    /// <summary>Every category, active and retired, in the order they were issued.</summary>
    public async Task<IReadOnlyList<ReportCategory>> ListAsync(CancellationToken ct = default) =>
        await db.ReportCategories.AsNoTracking().OrderBy(c => c.Id).ToListAsync(ct);

    /// <summary>
    /// Adds a category; done with it as stored. Refused for anyone but the national administrator; invalid, with each
    /// field's problem keyed by the <see cref="ReportCategoryDraft"/> property, for a malformed or taken code, a missing
    /// or too long name, or an article or deadline out of range. A step not taken stores and audits nothing.
    /// </summary>
    public async Task<StepResult<ReportCategory>> AddAsync(ReportCategoryDraft draft, CancellationToken ct = default)
    {
        if (!actor.Actor.IsNationalAdministrator) return NotNationalAdministrator;
        var code = draft.Code?.Trim() ?? "";
        var errors = new Dictionary<string, string>();
        if (!CodePattern().IsMatch(code)) errors[nameof(draft.Code)] = "代码只能由小写字母、数字和连字符组成，3–64 位 (The code may hold only lower-case letters, digits and hyphens, 3 to 64 of them.)";
        else if (await db.ReportCategories.AnyAsync(c => c.Code == code, ct)) errors[nameof(draft.Code)] = CodeTaken;
        if (TextRules.ValidateName(draft.NameZh, "中文名称", 100) is { } zh) errors[nameof(draft.NameZh)] = zh;
        if (TextRules.ValidateName(draft.NameEn, "英文名称", 200) is { } en) errors[nameof(draft.NameEn)] = en;
        if (!Enum.IsDefined(draft.Source)) errors[nameof(draft.Source)] = "请选择法规 (Choose the regulation.)";
        if (!Enum.IsDefined(draft.BasePriority)) errors[nameof(draft.BasePriority)] = "请选择基础优先级 (Choose the base priority.)";
        if (draft.Article is < 1 or > 100) errors[nameof(draft.Article)] = "条款序号为 1–100 (The article number must be from 1 to 100.)";
        if (draft.DeadlineWorkingDays is < 1 or > 60) errors[nameof(draft.DeadlineWorkingDays)] = "办理时限为 1–60 个工作日 (The deadline must be from 1 to 60 working days.)";
        if (errors.Count > 0) return StepFailure.Invalid(errors);

        var category = new ReportCategory
        {
            Code = code, NameZh = draft.NameZh.Trim(), NameEn = draft.NameEn.Trim(), Source = draft.Source, Article = draft.Article,
            DeadlineWorkingDays = draft.DeadlineWorkingDays, BasePriority = draft.BasePriority,
        };
        db.ReportCategories.Add(category);
        audit.Add(AuditActions.ReportCategoryAdded, nameof(ReportCategory), code, details: $"{category.NameZh} {category.LegalBasis}");
        await db.SaveChangesAsync(ct);
        return category;
    }

    private static ReportCategory Category(int id, string code, string zh, string en, LegalSource source, int article, int days, CasePriority priority) =>
        new() { Id = id, Code = code, NameZh = zh, NameEn = en, Source = source, Article = article, DeadlineWorkingDays = days, BasePriority = priority };

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{2,63}$")]
    private static partial Regex CodePattern();
}
