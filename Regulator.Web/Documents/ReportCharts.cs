using System.Text.Json;
using Microsoft.Extensions.Localization;
using Regulator.Domain.EnforcementReports;
using Regulator.Domain.Provinces;

namespace Regulator.Web.Documents;

/// <summary>The ECharts options of an enforcement report's charts, as JSON for <c>report-charts.js</c> to draw.</summary>
public static class ReportCharts
{
    public static string Trend(EnforcementFigures f, IStringLocalizer t) => Json(new
    {
        grid = new { left = 40, right = 20, top = 30, bottom = 30 },
        title = new { text = t["ReportTrendChart"].Value, textStyle = new { fontSize = 13 } },
        xAxis = new { type = "category", data = f.Trend.Select(d => d.Day.ToString("M/d")).ToArray() },
        yAxis = new { type = "value", minInterval = 1 },
        series = new[] { new { type = "line", data = f.Trend.Select(d => d.Findings).ToArray(), label = new { show = true } } },
    });

    public static string Categories(EnforcementFigures f, IStringLocalizer t) => Json(new
    {
        grid = new { left = 110, right = 30, top = 30, bottom = 20 },
        title = new { text = t["ReportCategoryChart"].Value, textStyle = new { fontSize = 13 } },
        xAxis = new { type = "value", minInterval = 1 },
        yAxis = new { type = "category", data = f.ByCategory.Keys.Select(c => t["Category" + c].Value).ToArray() },
        series = new[] { new { type = "bar", data = f.ByCategory.Values.ToArray(), label = new { show = true, position = "right" } } },
    });

    public static string Severity(EnforcementFigures f, IStringLocalizer t) => Json(new
    {
        title = new { text = t["ReportSeverityChart"].Value, textStyle = new { fontSize = 13 } },
        series = new[]
        {
            new
            {
                type = "pie",
                radius = new[] { "35%", "65%" },
                data = f.BySeverity.Select(s => new { name = t["Severity" + s.Key].Value, value = s.Value }).ToArray(),
                label = new { formatter = "{b}：{c}" },
            },
        },
    });

    public static string Provinces(EnforcementFigures f, IStringLocalizer t) => Json(new
    {
        grid = new { left = 40, right = 20, top = 30, bottom = 60 },
        title = new { text = t["ReportProvinceChart"].Value, textStyle = new { fontSize = 13 } },
        xAxis = new { type = "category", data = f.ByProvince.Select(p => ProvinceCatalog.Find(p.ProvinceCode)?.NameZh ?? p.ProvinceCode).ToArray(), axisLabel = new { rotate = 45 } },
        yAxis = new { type = "value", minInterval = 1 },
        series = new[] { new { type = "bar", data = f.ByProvince.Select(p => p.Findings).ToArray() } },
    });

    private static string Json(object option) => JsonSerializer.Serialize(option);
}
