using System.Security.Claims;
using Regulator.Domain.Identity;

namespace Regulator.Web.Shell;

/// <summary>The navigation by feature. Links a user may not follow are not shown; the pages enforce it anyway.</summary>
public static class ShellSections
{
    public static readonly IReadOnlyList<ShellSection> All =
    [
        new("/", "NavHome", "bi-speedometer2"),
        new("/filings", "NavFilings", "bi-person-vcard"),
        new("/blacklist", "NavBlacklist", "bi-person-x"),
        new("/credit", "NavCredit", "bi-graph-up"),
        new("/reports", "NavReports", "bi-megaphone"),
        new("/spot-checks", "NavSpotChecks", "bi-shuffle"),
        new("/jobs", "NavJobs", "bi-clock-history"),
        new("/platforms", "NavPlatforms", "bi-building"),
        new("/audit", "NavAudit", "bi-journal-text", RegulatorRoles.Auditor, RegulatorRoles.NationalAdmin),
        new("/admin/users", "NavUsers", "bi-people", RegulatorRoles.NationalAdmin, RegulatorRoles.ProvincialAdmin),
    ];

    public static IEnumerable<ShellSection> Visible(ClaimsPrincipal user) =>
        All.Where(s => s.Roles.Length == 0 || s.Roles.Any(user.IsInRole));
}
