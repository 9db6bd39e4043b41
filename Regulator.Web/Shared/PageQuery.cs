using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.WebUtilities;

namespace Regulator.Web.Shared;

/// <summary>The query-string names every list shares, so links built by one component are read by another.</summary>
public static class PageQuery
{
    public const string AfterParameter = "after";
    public const string SortParameter = "sort";

    public static string? CurrentAfter(NavigationManager nav) => Current(nav, AfterParameter);

    public static string? Current(NavigationManager nav, string name) =>
        QueryHelpers.ParseQuery(nav.ToAbsoluteUri(nav.Uri).Query).TryGetValue(name, out var v) && !string.IsNullOrEmpty(v) ? v.ToString() : null;
}
