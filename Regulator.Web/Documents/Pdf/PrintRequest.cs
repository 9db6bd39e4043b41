namespace Regulator.Web.Documents.Pdf;

/// <summary>
/// A document to print: its HTML, scripts to run in it after it loads (by file path, e.g. ECharts), and a
/// JavaScript expression that turns true once those scripts have drawn what they draw.
/// </summary>
public sealed record PrintRequest(string Html, IReadOnlyList<string>? Scripts = null, string? ReadyWhen = null);
