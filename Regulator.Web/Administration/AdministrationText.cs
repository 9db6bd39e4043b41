namespace Regulator.Web.Administration;

/// <summary>Anchor for the administration pages' resource files (Resources/Administration/AdministrationText*.resx).</summary>
public sealed class AdministrationText;
