using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Regulator.Domain.Documents;
using Regulator.Tests.Infrastructure;
using Regulator.Web.Auditing;
using Regulator.Web.Jobs;

namespace Regulator.Tests.Auditing;

/// <summary>
/// Codes the portal stores (audit actions, document kinds) reach a reader as names in their language, never as the
/// code itself: a new action or kind without its names fails here, not in front of a clerk.
/// </summary>
public sealed class ReaderNamesTests(ProviderPortals portals) : IClassFixture<ProviderPortals>
{
    [Theory]
    [InlineData(PortalText.Chinese)]
    [InlineData(PortalText.English)]
    public void Every_audited_action_has_a_name_in_the_readers_language(string culture)
    {
        var portal = portals[DatabaseProvider.Sqlite];
        Assert.Contains("credit.designation-step", AuditList.KnownActions);
        var unnamed = AuditList.KnownActions.Where(a => !Named<AuditingText>(portal, "Action:" + a, culture)).ToList();
        Assert.True(unnamed.Count == 0, "No name for: " + string.Join(", ", unnamed));
    }

    [Theory]
    [InlineData(PortalText.Chinese)]
    [InlineData(PortalText.English)]
    public void Every_document_kind_has_a_name_in_the_readers_language(string culture)
    {
        var portal = portals[DatabaseProvider.Sqlite];
        var unnamed = Enum.GetValues<DocumentKind>().Where(k => !Named<JobsText>(portal, "Kind" + k, culture)).ToList();
        Assert.True(unnamed.Count == 0, "No name for: " + string.Join(", ", unnamed));
    }

    /// <summary>
    /// The details domain steps store as one invariant English line read in the reader's language in the audit log,
    /// one line of each kind; what the line carries (a user name, a masked number, a file name) passes through as
    /// stored, and a line the log does not know (a platform's name) is shown as it is.
    /// </summary>
    [Theory]
    [InlineData("assigned to bj.inspector", "指派给 bj.inspector")]
    [InlineData("assigned 张承办", "指派给 张承办")]
    [InlineData("category 3 → 7", "类别 3 → 7")]
    [InlineData("province 44", "转至广东省")]
    [InlineData("item 3: RectificationOrdered", "检查项 3：发现问题，责令限期整改")]
    [InlineData("item 3: not rectified 2026-05-01", "检查项 3：未整改，2026-05-01")]
    [InlineData("published on 2026-06-30", "公示日期 2026-06-30")]
    [InlineData("unavailable", "暂不参加抽查")]
    [InlineData("platform 12: FormerEmployment", "平台 12：曾在该平台任职")]
    [InlineData("10 rows: 7 stored, 2 duplicates, 1 rejected", "10 行：入库 7，重复 2，拒收 1")]
    [InlineData("removed: period ended", "公示期满移出")]
    [InlineData("withdrawn", "停用")]
    [InlineData("none -> Holiday 国庆节", "无 → 放假 国庆节")]
    [InlineData("Holiday 国庆节 -> MakeUpWorkday 调休", "放假 国庆节 → 调休上班 调休")]
    [InlineData("MakeUpWorkday 调休 -> none", "调休上班 调休 → 无")]
    [InlineData("12 accepted", "批量通过 12 条")]
    [InlineData("filings.csv (GB18030): 3 rows, 2 stored, 1 refused", "filings.csv（GB18030）：3 行，入库 2，拒收 1")]
    [InlineData("TimedBan 110101********1234 by 北京市网信办 (identity of filing #42)", "限期禁入 110101********1234，提出人 北京市网信办（身份号码取自备案 #42）")]
    [InlineData("Permanent 110101********1234 by 北京市网信办", "永久禁入 110101********1234，提出人 北京市网信办")]
    [InlineData("Published Warning 110101********1234", "全国已发布 警示 110101********1234")]
    [InlineData("Warning 110101********1234", "警示 110101********1234")]
    [InlineData("notice-issued Serious Proposed", "出具告知书（严重失信主体，认定中）")]
    [InlineData("proposed Minor Proposed", "提出认定（轻微失信主体，认定中）")]
    [InlineData("removed Serious Removed", "移出名单（严重失信主体，已移出）")]
    [InlineData("Proposed Permanent 110101********1234", "已提出 永久禁入 110101********1234")]
    [InlineData("key rk_ab12 (对接) scopes Filings, Blacklist", "密钥 rk_ab12（对接），权限 Filings, Blacklist")]
    [InlineData("key rk_ab12", "密钥 rk_ab12")]
    [InlineData("key rk_ab12 POST /api/v1/filings", "密钥 rk_ab12 POST /api/v1/filings")]
    [InlineData("key rk_ab12 /api/v1/filings ×40 between 10:00:00.000 and 10:00:59.000 UTC (aggregated)", "密钥 rk_ab12 /api/v1/filings 调用 40 次，UTC 10:00:00.000 至 10:00:59.000（合并记录）")]
    [InlineData("青柠直播 available", "青柠直播 available")]
    public void Audit_details_written_in_English_read_in_Chinese(string stored, string chinese)
    {
        var texts = portals[DatabaseProvider.Sqlite].Services.GetRequiredService<IStringLocalizer<AuditingText>>();
        var previous = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(PortalText.Chinese);
            Assert.Equal(chinese, AuditDetails.ForReader(texts, stored));
            // English readers read the line as stored, in a few words more where it was terse.
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(PortalText.English);
            var english = stored switch { "province 44" => "routed to Guangdong", "assigned 张承办" => "assigned to 张承办", _ => stored };
            Assert.Equal(english, AuditDetails.ForReader(texts, stored));
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    private static bool Named<TResource>(PortalFactory portal, string key, string culture)
    {
        try
        {
            var text = PortalText.Of<TResource>(portal, key, culture);
            // A key missing from the English file falls back to the Chinese text.
            return text.Length > 0 && (culture == PortalText.Chinese || text != PortalText.Of<TResource>(portal, key));
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }
}
