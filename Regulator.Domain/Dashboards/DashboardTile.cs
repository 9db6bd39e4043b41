namespace Regulator.Domain.Dashboards;

/// <summary>
/// One key figure. <see cref="Value"/> is null when the feature behind it holds no data yet (its tile says so);
/// <see cref="Previous"/> is the same figure over the previous period, null for figures that describe the present
/// (open cases, entries by state). <see cref="Drill"/> is the list it counts; null only for counts no list holds
/// (blacklist checks answered, which are counted, not stored).
/// </summary>
public sealed record DashboardTile(string Code, long? Value, long? Previous, DashboardDrill? Drill)
{
    public bool HasData => Value is not null;

    /// <summary>Change against the previous period, in percent; null without a previous figure or from zero.</summary>
    public double? ChangePercent => Value is { } v && Previous is { } p && p != 0 ? Math.Round((v - p) * 100.0 / p, 1) : null;
}
