namespace Regulator.Domain.Dashboards;

/// <summary>
/// One cell of the dashboards' daily rollup: how many records of one <see cref="DashboardCell.Measure"/> fall on one
/// China calendar day for one province, agency, platform, category and key (a status, state or rule). Written only by
/// <see cref="DashboardRollup"/>, read by <see cref="DashboardQuery"/> and the enforcement reports.
/// </summary>
public class DashboardTally : DashboardCell
{
    /// <summary>For open cases: the China day their handling deadline starts (overdue from that day on).</summary>
    public DateOnly? DueOn { get; set; }
}
