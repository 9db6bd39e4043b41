using Regulator.Domain.Common;
using Regulator.Domain.Identity;

namespace Regulator.Domain.Seeding;

/// <summary>
/// The demo sign-ins printed by the run script: every role, two provinces, both agencies. Beijing and Guangdong have a
/// second administrator, because the one who proposes a blacklist entry or an untrustworthy listing may not confirm or
/// decide it (separation of duties).
/// </summary>
public static class DemoUsers
{
    public const string Password = "Regulator#2026";

    public sealed record DemoUser(string UserName, string DisplayName, string Role, Agency Agency, string? ProvinceCode);

    public static readonly IReadOnlyList<DemoUser> All =
    [
        new("national.admin", "国家网信办管理员", RegulatorRoles.NationalAdmin, Agency.Cyberspace, null),
        new("national.analyst", "文化和旅游部分析员", RegulatorRoles.NationalAnalyst, Agency.CultureTourism, null),
        new("auditor", "纪检监察审计员", RegulatorRoles.Auditor, Agency.Cyberspace, null),
        new("bj.admin", "北京市网信办管理员", RegulatorRoles.ProvincialAdmin, Agency.Cyberspace, "11"),
        new("bj.reviewer", "北京市网信办复核管理员", RegulatorRoles.ProvincialAdmin, Agency.Cyberspace, "11"),
        new("bj.inspector", "北京市网信办检查员", RegulatorRoles.ProvincialInspector, Agency.Cyberspace, "11"),
        new("gd.admin", "广东省文旅厅管理员", RegulatorRoles.ProvincialAdmin, Agency.CultureTourism, "44"),
        new("gd.reviewer", "广东省文旅厅复核管理员", RegulatorRoles.ProvincialAdmin, Agency.CultureTourism, "44"),
        new("gd.inspector", "广东省文旅厅检查员", RegulatorRoles.ProvincialInspector, Agency.CultureTourism, "44"),
        new("zj.admin", "浙江省网信办管理员", RegulatorRoles.ProvincialAdmin, Agency.Cyberspace, "33"),
    ];
}
