namespace Regulator.Web.Filings;

/// <summary>Anchor for the filing pages' resource files (Resources/Filings/FilingsText*.resx).</summary>
public sealed class FilingsText;
