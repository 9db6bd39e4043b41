namespace Regulator.Web.Shell;

/// <summary>A section of the portal in the navigation; <see cref="Roles"/> empty means every member of staff.</summary>
public sealed record ShellSection(string Href, string TitleKey, string Icon, params string[] Roles);
