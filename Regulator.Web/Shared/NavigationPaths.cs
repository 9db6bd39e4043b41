using Microsoft.AspNetCore.Components;

namespace Regulator.Web.Shared;

/// <summary>The page's own address, without its query or fragment.</summary>
public static class NavigationPaths
{
    /// <summary>The path of the page on screen, from the base: "/filings/42" for "…/filings/42?tab=history".</summary>
    public static string CurrentPath(this NavigationManager navigation) =>
        "/" + navigation.ToBaseRelativePath(navigation.Uri).Split('?', '#')[0];
}
