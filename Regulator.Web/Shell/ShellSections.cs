using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using MudBlazor;
using Regulator.Web.Identity;

namespace Regulator.Web.Shell;

/// <summary>The navigation by feature. Links a user may not follow are not shown; the pages enforce it anyway.</summary>
public static class ShellSections
{
    public static readonly IReadOnlyList<ShellSection> All =
    [
        new("/", "NavHome", Icons.Material.Filled.Dashboard, RegulatorPolicies.Staff),
        new("/dashboards", "NavDashboards", Icons.Material.Filled.Insights, RegulatorPolicies.Staff),
        new("/filings", "NavFilings", Icons.Material.Filled.Badge, RegulatorPolicies.Staff),
        new("/blacklist", "NavBlacklist", Icons.Material.Filled.PersonOff, RegulatorPolicies.Staff),
        new("/credit", "NavCredit", Icons.Material.Filled.TrendingUp, RegulatorPolicies.Staff),
        new("/reports", "NavReports", Icons.Material.Filled.Campaign, RegulatorPolicies.Staff),
        new("/spot-checks", "NavSpotChecks", Icons.Material.Filled.Shuffle, RegulatorPolicies.Staff),
        new("/jobs/inspections", "NavInspections", Icons.Material.Filled.FactCheck, RegulatorPolicies.Staff, "/jobs/documents"),
        new("/jobs", "NavJobs", Icons.Material.Filled.History, RegulatorPolicies.Staff),
        new("/platforms", "NavPlatforms", Icons.Material.Filled.Business, RegulatorPolicies.Staff),
        new("/audit", "NavAudit", Icons.Material.Filled.ReceiptLong, RegulatorPolicies.AuditRead),
        new("/admin/users", "NavUsers", Icons.Material.Filled.People, RegulatorPolicies.Administration),
    ];

    /// <summary>The sections <paramref name="user"/> may open, in navigation order.</summary>
    public static async Task<IReadOnlyList<ShellSection>> VisibleAsync(IAuthorizationService authorization, ClaimsPrincipal user)
    {
        var visible = new List<ShellSection>();
        foreach (var section in All)
        {
            if ((await authorization.AuthorizeAsync(user, section.Policy)).Succeeded) visible.Add(section);
        }
        return visible;
    }
}
