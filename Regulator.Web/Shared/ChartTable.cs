using System.Text.Json.Nodes;

namespace Regulator.Web.Shared;

/// <summary>
/// The figures of an ECharts option as a table, for readers without JavaScript or with a screen reader.
/// Covers the shapes the portal draws: category-axis charts (bar, line: one column per series) and
/// name/value series (pie, funnel). Anything else yields no rows and needs an explicit fallback.
/// </summary>
public sealed record ChartTable(IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<string>> Rows)
{
    public static ChartTable FromOption(JsonNode option, string categoryHeader, string valueHeader)
    {
        var series = AsList(option["series"]);
        if (series.Count == 0) return new([], []);

        var categories = AsList(option["xAxis"]).Concat(AsList(option["yAxis"]))
            .Select(axis => axis?["data"] as JsonArray)
            .FirstOrDefault(data => data is not null);
        if (categories is not null)
        {
            var header = new List<string> { categoryHeader };
            header.AddRange(series.Select(s => s?["name"]?.ToString() ?? valueHeader));
            var rows = categories.Select((category, i) => (IReadOnlyList<string>)
                [Text(category), .. series.Select(s => s?["data"] is JsonArray data && i < data.Count ? Text(data[i]) : "")]).ToList();
            return new(header, rows);
        }

        // Name/value pairs of the first series: a pie shows one series at a time.
        var pairs = series[0]?["data"] as JsonArray ?? [];
        return new(
            [categoryHeader, series[0]?["name"]?.ToString() ?? valueHeader],
            pairs.Select(p => (IReadOnlyList<string>)[p?["name"]?.ToString() ?? "", Text(p)]).ToList());
    }

    // ECharts accepts one object or an array for axes and series.
    private static IReadOnlyList<JsonNode?> AsList(JsonNode? node) => node switch
    {
        JsonArray array => array.ToList(),
        JsonObject one => [one],
        _ => [],
    };

    // A data item is a bare value, {value: v, …} or [x, y] (the last entry is the plotted value).
    private static string Text(JsonNode? item) => item switch
    {
        null => "",
        JsonObject o => Text(o["value"]),
        JsonArray a => a.Count > 0 ? Text(a[^1]) : "",
        _ => item.ToString(),
    };
}
