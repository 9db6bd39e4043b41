namespace Regulator.Web.Shell;

/// <summary>
/// A section of the portal in the navigation and on the home page. <see cref="Policy"/> is the authorization
/// policy of the page the link opens (the same one its <c>[Authorize]</c> names), so a link is shown exactly
/// when the page would open. <see cref="Icon"/> is a MudBlazor icon (SVG path). <see cref="Covers"/> are addresses
/// outside <see cref="Href"/> whose pages belong to the section (the drawer marks it current there).
/// </summary>
public sealed record ShellSection(string Href, string TitleKey, string Icon, string Policy, params string[] Covers);
