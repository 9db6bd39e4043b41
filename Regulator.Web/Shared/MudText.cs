namespace Regulator.Web.Shared;

/// <summary>
/// Anchor for MudBlazor's own texts in Chinese (Resources/Shared/MudText.resx), read by <see cref="PortalMudLocalizer"/>.
/// There is no English file: in English MudBlazor's built-in texts are used as they are.
/// </summary>
public sealed class MudText;
