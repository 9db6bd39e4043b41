namespace Regulator.Domain.Dashboards;

/// <summary>
/// The measure codes of <see cref="DashboardTally"/>. The last five belong to features built alongside the dashboards
/// (credit, spot checks): their <see cref="IDashboardTallySource"/> writes them, and where none is registered the
/// dashboard's tile for it says that the feature holds no data yet.
/// </summary>
public static class DashboardMeasures
{
    /// <summary>Filings by the day first filed (CAC Art. 12); key = status, detail = age band.</summary>
    public const string Filings = "filings";

    /// <summary>Report cases by the day of their first report (MCT opinion 12); key = status, sum = reports, due day while open.</summary>
    public const string Cases = "cases";

    /// <summary>Blacklist entries by the day proposed (CAC Art. 15); key = state, detail = severity.</summary>
    public const string BlacklistEntries = "blacklist";

    /// <summary>Blacklist entries by the day published nationally; detail = severity.</summary>
    public const string BlacklistPublished = "blacklist-published";

    /// <summary>Findings of the day's last completed inspection; key = rule, detail = severity, sum = records concerned.</summary>
    public const string Findings = "findings";

    /// <summary>Platforms covered by the day's last completed inspection (one per platform).</summary>
    public const string InspectedPlatforms = "inspected-platforms";

    /// <summary>Credit subjects per grade, a daily snapshot (CAC Art. 15; MCT opinion 14); key = grade, detail = publisher or platform.</summary>
    public const string CreditGrades = "credit-grades";

    /// <summary>Untrustworthy-entity designations (失信主体) in force, a daily snapshot; key = serious or minor.</summary>
    public const string UntrustworthyListings = "untrustworthy";

    /// <summary>Credit repair applications (信用修复) by the day applied for; key = pending, granted or refused.</summary>
    public const string CreditRepairs = "credit-repairs";

    /// <summary>Spot-check plans (双随机、一公开) by the day created; key = plan status.</summary>
    public const string SpotCheckPlans = "spot-check-plans";

    /// <summary>Spot-check tasks by the day drawn, under their plan's agency; key = task status, sum = tasks whose results found a problem.</summary>
    public const string SpotChecks = "spot-checks";
}
