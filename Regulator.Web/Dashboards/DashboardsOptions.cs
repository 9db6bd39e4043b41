namespace Regulator.Web.Dashboards;

/// <summary>The <c>Dashboards</c> configuration section.</summary>
public sealed class DashboardsOptions
{
    public const string Section = "Dashboards";

    /// <summary>How often the rollup catches up with new and changed records; zero turns the loop off (a job may call it instead).</summary>
    public TimeSpan RollupInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How often open dashboards look whether the rollup has moved, and reload their figures if so; zero turns live updates off.</summary>
    public TimeSpan RefreshInterval { get; set; } = TimeSpan.FromSeconds(5);
}
