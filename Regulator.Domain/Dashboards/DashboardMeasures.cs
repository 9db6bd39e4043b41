namespace Regulator.Domain.Dashboards;

/// <summary>
/// The measure codes of <see cref="DashboardTally"/>. The last three are reserved for features built alongside the
/// dashboards: their <see cref="IDashboardTallySource"/> writes them, and until one is registered the dashboard's tile
/// for it says that the feature holds no data yet.
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

    /// <summary>Reserved: credit grade distribution (CAC Art. 15; MCT opinion 14); key = grade.</summary>
    public const string CreditGrades = "credit-grades";

    /// <summary>Reserved: untrustworthy-entity listings (失信主体); key = serious or minor.</summary>
    public const string UntrustworthyListings = "untrustworthy";

    /// <summary>Reserved: spot-check tasks (双随机、一公开); key = completed or open.</summary>
    public const string SpotChecks = "spot-checks";
}
