using Microsoft.EntityFrameworkCore;
using Regulator.Tests.Infrastructure;

namespace Regulator.Tests.Hostile;

/// <summary>
/// What a refused request must leave alone, as one comparable string: the records a request could create or change
/// (platforms, filings and their history, submissions, blacklist entries and alerts, reports and cases, users) and
/// the audit entries written by staff (platform key-use tallies are flushed in the background and left out).
/// </summary>
public static class DatabaseFingerprint
{
    public static async Task<string> TakeAsync(PortalFactory portal)
    {
        await using var db = portal.CreateDbContext();
        var parts = new List<string>
        {
            string.Join(",", await db.Platforms.IgnoreQueryFilters().OrderBy(p => p.Id).Select(p => p.Id + ":" + p.Name + ":" + p.Uscc + ":" + p.ProvinceCode).ToListAsync()),
            string.Join(",", await db.Filings.IgnoreQueryFilters().OrderBy(f => f.Id).Select(f => f.Id + ":" + f.Status).ToListAsync()),
            "history " + await db.FilingHistory.IgnoreQueryFilters().CountAsync(),
            "submissions " + await db.FilingSubmissions.IgnoreQueryFilters().CountAsync(),
            string.Join(",", await db.BlacklistEntries.IgnoreQueryFilters().OrderBy(b => b.Id).Select(b => b.Id + ":" + b.State).ToListAsync()),
            string.Join(",", await db.BlacklistFilingAlerts.IgnoreQueryFilters().OrderBy(a => a.Id).Select(a => a.Id + ":" + a.AcknowledgedUtc).ToListAsync()),
            "reports " + await db.Reports.IgnoreQueryFilters().CountAsync(),
            string.Join(",", await db.ReportCases.IgnoreQueryFilters().OrderBy(c => c.Id).Select(c => c.Id + ":" + c.Status + ":" + c.Version).ToListAsync()),
            string.Join(",", await db.Users.OrderBy(u => u.Id).Select(u => u.Id + ":" + u.SecurityStamp).ToListAsync()),
            "audit " + await db.AuditEntries.CountAsync(a => a.UserName != null && !a.UserName.StartsWith("platform:")),
        };
        return string.Join("\n", parts);
    }
}
