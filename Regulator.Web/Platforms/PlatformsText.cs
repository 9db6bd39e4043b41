namespace Regulator.Web.Platforms;

/// <summary>Anchor for the platform registry's resource files (Resources/Platforms/PlatformsText*.resx).</summary>
public sealed class PlatformsText;
