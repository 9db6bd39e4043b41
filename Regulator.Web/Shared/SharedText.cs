namespace Regulator.Web.Shared;

/// <summary>Anchor for the shared components' resource files (Resources/Shared/SharedText*.resx).</summary>
public sealed class SharedText;
