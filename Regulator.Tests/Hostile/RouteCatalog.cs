using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Regulator.Domain.Persistence;
using Regulator.Domain.SpotChecks;
using Regulator.Tests.Infrastructure;

namespace Regulator.Tests.Hostile;

/// <summary>
/// Every route the portal maps, read from its endpoint data source, so a page or endpoint added tomorrow is probed
/// without anyone adding it here. Route values are filled with real ids of one province's records where the route
/// names a province-owned record (so another province's user can be sent there), and with a made-up id otherwise.
/// </summary>
public static partial class RouteCatalog
{
    /// <summary>One mapped route: its template, the methods it answers, and whether its id names a province-owned record.</summary>
    public sealed record Route(string Template, IReadOnlyList<string> Methods, bool ProvinceOwned);

    /// <summary>An id nothing has.</summary>
    public const string Missing = "987654321";

    // Infrastructure endpoints that hold no data and are not the portal's own: the framework's script and the
    // static asset fallbacks. Everything else is probed.
    private static readonly string[] Skipped = ["/_framework", "/_content", "/_blazor"];

    public static IReadOnlyList<Route> Routes(PortalFactory portal) =>
        portal.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => (Template: "/" + (e.RoutePattern.RawText ?? "").TrimStart('/'),
                Methods: e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()?.HttpMethods ?? ["GET"]))
            .Where(e => !Skipped.Any(s => e.Template.StartsWith(s, StringComparison.Ordinal)))
            .GroupBy(e => e.Template)
            .Select(g => new Route(g.Key, g.SelectMany(e => e.Methods).Distinct().ToList(), Owner(g.Key) is not null))
            .OrderBy(r => r.Template, StringComparer.Ordinal).ToList();

    /// <summary>The route with its values filled from <paramref name="provinceCode"/>'s records (or a made-up id where it has none).</summary>
    public static async Task<string> FillAsync(RegulatorDbContext db, string template, string provinceCode)
    {
        var path = template;
        foreach (Match parameter in Parameter().Matches(template))
        {
            var name = parameter.Groups[1].Value;
            var value = await ValueAsync(db, template, name, provinceCode, path) ?? Missing;
            path = path.Replace(parameter.Value, Uri.EscapeDataString(value));
        }
        return template.StartsWith("/culture", StringComparison.Ordinal) ? path + "?name=en&returnUrl=/" : path;
    }

    private static string? Owner(string template) => template switch
    {
        _ when !Parameter().IsMatch(template) => null,
        _ when template.StartsWith("/platforms/", StringComparison.Ordinal) => "platform",
        _ when template.StartsWith("/filings/submissions/", StringComparison.Ordinal) => "submission",
        _ when template.StartsWith("/filings/", StringComparison.Ordinal) => "filing",
        _ when template.StartsWith("/api/v1/filings/", StringComparison.Ordinal) => "filing",
        _ when template.StartsWith("/blacklist/", StringComparison.Ordinal) => "blacklist",
        _ when template.StartsWith("/reports/cases/", StringComparison.Ordinal) => "case",
        _ when template.StartsWith("/jobs/documents/", StringComparison.Ordinal) => "document",
        _ when template.StartsWith("/admin/users/", StringComparison.Ordinal) => "user",
        _ when template.StartsWith("/spot-checks/plans/", StringComparison.Ordinal) => "spot-check-plan",
        _ when template.StartsWith("/spot-checks/tasks/", StringComparison.Ordinal) => "spot-check-task",
        _ when template.StartsWith("/spot-checks/evidence/", StringComparison.Ordinal) => "spot-check-evidence",
        _ when template.StartsWith("/credit/subjects/", StringComparison.Ordinal) => "credit-subject",
        _ when template.StartsWith("/credit/designations/", StringComparison.Ordinal) => "designation",
        _ => null,
    };

    private static async Task<string?> ValueAsync(RegulatorDbContext db, string template, string name, string province, string pathSoFar)
    {
        var all = db.Platforms.IgnoreQueryFilters();
        switch (Owner(template))
        {
            case "platform":
                return (await all.Where(p => p.ProvinceCode == province).OrderBy(p => p.Id).Select(p => (int?)p.Id).FirstOrDefaultAsync())?.ToString();
            case "submission":
                return (await db.FilingSubmissions.IgnoreQueryFilters().Where(s => s.ProvinceCode == province).OrderBy(s => s.Id).Select(s => (long?)s.Id).FirstOrDefaultAsync())?.ToString();
            case "filing" when name.Equals("platformPublisherId", StringComparison.OrdinalIgnoreCase):
                return await db.Filings.IgnoreQueryFilters().Where(f => f.ProvinceCode == province).OrderBy(f => f.Id).Select(f => f.PlatformPublisherId).FirstOrDefaultAsync();
            case "filing":
                return (await db.Filings.IgnoreQueryFilters().Where(f => f.ProvinceCode == province).OrderBy(f => f.Id).Select(f => (long?)f.Id).FirstOrDefaultAsync())?.ToString();
            case "blacklist":
                // Not yet circulated: a published entry is every province's to read (CAC Art. 15), an unpublished one is not.
                return (await db.BlacklistEntries.IgnoreQueryFilters().Where(b => b.ProvinceCode == province && !b.IsCirculatedNationally).OrderBy(b => b.Id)
                    .Select(b => (long?)b.Id).FirstOrDefaultAsync())?.ToString();
            case "case" when name.Equals("reportId", StringComparison.OrdinalIgnoreCase):
                var caseId = long.TryParse(pathSoFar.Split('/')[3], out var c) ? c : 0;
                return (await db.Reports.IgnoreQueryFilters().Where(r => r.CaseId == caseId).OrderBy(r => r.Id).Select(r => (long?)r.Id).FirstOrDefaultAsync())?.ToString();
            case "case":
                return (await db.ReportCases.IgnoreQueryFilters().Where(r => r.ProvinceCode == province).OrderBy(r => r.Id).Select(r => (long?)r.Id).FirstOrDefaultAsync())?.ToString();
            case "document":
                return (await db.GeneratedDocuments.IgnoreQueryFilters().Where(d => d.ProvinceCode == province).OrderBy(d => d.Id).Select(d => (long?)d.Id).FirstOrDefaultAsync())?.ToString();
            case "spot-check-plan":
                return (await db.SpotCheckPlans.IgnoreQueryFilters().Where(p => p.ProvinceCode == province).OrderBy(p => p.Id).Select(p => (int?)p.Id).FirstOrDefaultAsync())?.ToString();
            case "spot-check-task":
                return (await db.SpotCheckTasks.IgnoreQueryFilters().Where(t => t.ProvinceCode == province).OrderBy(t => t.Id).Select(t => (long?)t.Id).FirstOrDefaultAsync())?.ToString();
            case "spot-check-evidence":
                return (await db.SpotCheckEvidence.IgnoreQueryFilters().Where(e => e.ProvinceCode == province).OrderBy(e => e.Id).Select(e => (long?)e.Id).FirstOrDefaultAsync())?.ToString();
            case "credit-subject":
                return (await db.Set<Domain.Credit.CreditSubject>().IgnoreQueryFilters().Where(c => c.ProvinceCode == province).OrderBy(c => c.Id).Select(c => (long?)c.Id).FirstOrDefaultAsync())?.ToString();
            case "designation":
                return (await db.Set<Domain.Credit.UntrustworthyDesignation>().IgnoreQueryFilters().Where(d => d.ProvinceCode == province).OrderBy(d => d.Id).Select(d => (long?)d.Id).FirstOrDefaultAsync())?.ToString();
            case "user":
                return await db.Users.Where(u => u.ProvinceCode == province).OrderBy(u => u.UserName).Select(u => u.Id).FirstOrDefaultAsync();
        }
        return name.ToLowerInvariant() switch
        {
            "name" when template.StartsWith("/jobs/", StringComparison.Ordinal) => "inspection",
            "documentname" => "v1",
            _ when template.StartsWith("/jobs/inspections/", StringComparison.Ordinal) =>
                (await db.Inspections.OrderBy(i => i.Id).Select(i => (int?)i.Id).FirstOrDefaultAsync() ?? 1).ToString(),
            _ => "1",
        };
    }

    [GeneratedRegex(@"\{\**([A-Za-z]+)[^}]*\}")]
    private static partial Regex Parameter();
}
