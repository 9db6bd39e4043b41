using Microsoft.AspNetCore.WebUtilities;
using Regulator.Domain.Dashboards;
using Regulator.Domain.Filings;
using Regulator.Domain.Inspections;
using Regulator.Domain.Reports;
using Regulator.Domain.Blacklist;
using Regulator.Domain.Credit;
using Regulator.Domain.SpotChecks;

namespace Regulator.Web.Dashboards;

/// <summary>
/// The address of the list a figure counts (<see cref="DashboardDrill"/>), with every filter of the drill in the
/// list's own query parameters, so the list opened is filtered identically and its total is the figure. The lists
/// scope by province themselves: a province written here only narrows what the reader may see anyway.
/// </summary>
public static class DashboardLinks
{
    /// <summary>The list's address, or null for a figure no list holds (blacklist checks).</summary>
    public static string? Of(DashboardDrill? drill) => drill switch
    {
        { Filings: { } f } => Filings(f),
        { Cases: { } c } => Cases(c),
        { Blacklist: { } b } => Blacklist(b),
        { Findings: { } f } => Findings(f),
        { CreditSubjects: { } s } => CreditSubjects(s),
        { Designations: { } d } => Designations(d),
        { SpotCheckPlans: { } p } => SpotCheckPlans(p),
        _ => null,
    };

    /// <summary>The filing list (<c>/filings</c>) with the filter's status, age band, agency, province, platform and days of first filing.</summary>
    public static string Filings(FilingListFilter f) => Link("/filings", new()
    {
        ["status"] = f.Status?.ToString(),
        ["band"] = f.AgeBand?.ToString(),
        ["agency"] = f.Agency?.ToString(),
        ["province"] = f.ProvinceCode,
        ["platform"] = f.PlatformId?.ToString(),
        ["from"] = Day(f.FiledFrom),
        ["to"] = Day(f.FiledTo),
    });

    /// <summary>The case inbox (<c>/reports</c>) with the search's status, category, overdue, assignee, platform, agency, province and days.</summary>
    public static string Cases(CaseSearch c) => Link("/reports", new()
    {
        ["status"] = c.Status?.ToString(),
        ["category"] = c.CategoryId?.ToString(),
        ["overdue"] = c.OverdueOnly ? "true" : null,
        ["minors"] = c.MinorsOnly ? "true" : null,
        ["assignee"] = c.AssigneeId,
        ["platform"] = c.PlatformId?.ToString(),
        ["agency"] = c.Agency?.ToString(),
        ["province"] = c.ProvinceCode,
        ["from"] = Day(c.From),
        ["to"] = Day(c.To),
        ["sort"] = c.DueFirst ? "due" : null,
    });

    /// <summary>The blacklist (<c>/blacklist</c>) with the search's state, severity, category, agency, province and days proposed.</summary>
    public static string Blacklist(BlacklistSearch b) => Link("/blacklist", new()
    {
        ["state"] = b.State?.ToString(),
        ["severity"] = b.Severity?.ToString(),
        ["category"] = b.CategoryId?.ToString(),
        ["agency"] = b.Agency?.ToString(),
        ["province"] = b.ProvinceCode,
        ["from"] = Day(b.From),
        ["to"] = Day(b.To),
    });

    /// <summary>The inspection's findings (<c>/jobs/inspections/{id}</c>) narrowed by rule, severity, agency, province and platform.</summary>
    public static string Findings(FindingSearch f) => Link($"/jobs/inspections/{f.InspectionId}", new()
    {
        ["rule"] = f.RuleCode,
        ["severity"] = f.Severity?.ToString(),
        ["agency"] = f.Agency?.ToString(),
        ["province"] = f.ProvinceCode,
        ["platform"] = f.PlatformId?.ToString(),
    }) + "#findings";

    /// <summary>The rated publishers (<c>/credit</c>) or platforms (<c>/credit/platforms</c>) with the search's grade, agency and province.</summary>
    public static string CreditSubjects(CreditSubjectSearch s) => Link(s.Kind == CreditSubjectKind.Platform ? "/credit/platforms" : "/credit", new()
    {
        ["grade"] = s.Grade?.ToString(),
        ["agency"] = s.Agency?.ToString(),
        ["province"] = s.ProvinceCode,
    });

    /// <summary>The untrustworthy-entity procedures (<c>/credit/designations</c>) with the search's state, level, agency, province and day in force.</summary>
    public static string Designations(DesignationSearch d) => Link("/credit/designations", new()
    {
        ["state"] = d.State?.ToString(),
        ["level"] = d.Level?.ToString(),
        ["agency"] = d.Agency?.ToString(),
        ["province"] = d.ProvinceCode,
        ["inForce"] = Day(d.InForceOn),
    });

    /// <summary>The spot-check plans (<c>/spot-checks</c>) with the search's agency, province, days created and days drawn.</summary>
    public static string SpotCheckPlans(SpotCheckPlanSearch p) => Link("/spot-checks", new()
    {
        ["agency"] = p.JointOnly ? SpotChecks.SpotCheckPlanList.Joint : p.Agency?.ToString(),
        ["province"] = p.ProvinceCode,
        ["from"] = Day(p.CreatedFrom),
        ["to"] = Day(p.CreatedTo),
        ["drawnFrom"] = Day(p.DrawnFrom),
        ["drawnTo"] = Day(p.DrawnTo),
    });

    private static string? Day(DateOnly? day) => day is { } d ? DashboardAddress.Day(d) : null;

    private static string Link(string path, Dictionary<string, string?> values) =>
        QueryHelpers.AddQueryString(path, values.Where(v => v.Value is not null));
}
