namespace Regulator.Web.Reports;

/// <summary>Anchor for the report pages' resource files (Resources/Reports/ReportsText*.resx).</summary>
public sealed class ReportsText;
