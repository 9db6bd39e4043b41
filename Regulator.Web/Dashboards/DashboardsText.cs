namespace Regulator.Web.Dashboards;

/// <summary>Anchor for the dashboards' resource files (Resources/Dashboards/DashboardsText*.resx).</summary>
public sealed class DashboardsText;
