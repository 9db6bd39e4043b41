namespace Regulator.Web.Shared;

/// <summary>Chart heights as classes (site.css): the CSP forbids style attributes.</summary>
public enum ChartSize { Small, Medium, Large }
