using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using MiniExcelLibs;
using Regulator.Domain.Auditing;
using Regulator.Domain.Common;
using Regulator.Domain.Dashboards;
using Regulator.Web.Documents;
using Regulator.Web.Documents.Pdf;
using Regulator.Web.Shared;

namespace Regulator.Web.Dashboards;

/// <summary>
/// A dashboard as a file, for the view in the address (<see cref="DashboardAddress"/>): an Excel workbook of its
/// figures, trends and ranking, or a PDF printed by the documents' Chromium printer. The figures come from
/// <see cref="DashboardQuery"/> for the signed-in viewer exactly as the page's do, so a province the viewer may not see
/// is not found here either. Each file is audited like a list export.
/// </summary>
public sealed class DashboardFiles(DashboardQuery query, DashboardLabels labels, IStringLocalizer<DashboardsText> t, AuditLog audit, TimeProvider clock,
    DocumentHtmlRenderer html, PdfPrinter printer, EchartsScript echarts)
{
    public const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public async Task<Results<FileContentHttpResult, NotFound>> ExcelAsync(HttpContext http)
    {
        if (await LoadAsync(http, "xlsx") is not var (_, figures)) return TypedResults.NotFound();
        var sheets = new Dictionary<string, object>
        {
            [t["SheetFigures"]] = figures.Tiles.Select(tile => new Dictionary<string, object?>
            {
                [t["Figure"]] = labels.Tile(tile.Code),
                [t["Value"]] = tile.Value,
                [t["PreviousValue"]] = tile.Previous,
                [t["ChangePercent"]] = tile.ChangePercent,
            }).ToList(),
            [t["SheetTrends"]] = figures.Trends[0].Points.Select((point, i) =>
            {
                var row = new Dictionary<string, object?> { [t["Bucket"]] = $"{DashboardAddress.Day(point.From)} – {DashboardAddress.Day(point.To)}" };
                foreach (var series in figures.Trends) row[labels.Series(series.Code)] = series.Points[i].Value;
                return row;
            }).ToList(),
        };
        if (figures.ProvinceCode is null)
        {
            sheets[t["SheetProvinces"]] = figures.Provinces.Select(p => new Dictionary<string, object?>
            {
                [t["Province"]] = ProvinceNames.Of(p.ProvinceCode),
                [t["Platforms"]] = p.Platforms,
                [t["Filings"]] = p.Filings,
                [t["FilingsPerMillion"]] = p.FilingsPerMillion,
                [t["Cases"]] = p.Cases,
                [t["Reports"]] = p.Reports,
                [t["ReportsPerMillion"]] = p.ReportsPerMillion,
                [t["ReportsPerPlatform"]] = p.ReportsPerPlatform,
                [t["Overdue"]] = p.OverdueCases,
                [t["Findings"]] = p.Findings,
                [t["FindingsPerPlatform"]] = p.FindingsPerPlatform,
                [t["BlacklistProposed"]] = p.BlacklistProposed,
            }).ToList();
        }
        else
        {
            sheets[t["SheetPlatforms"]] = figures.Platforms.Select(p => new Dictionary<string, object?>
            {
                [t["Platform"]] = p.Name,
                [t["Findings"]] = p.Findings,
                [t["SevereFindings"]] = p.SevereFindings,
                [t["Reports"]] = p.Reports,
                [t["Overdue"]] = p.OverdueCases,
            }).ToList();
        }
        using var file = new MemoryStream();
        await MiniExcel.SaveAsAsync(file, sheets, excelType: ExcelType.XLSX, cancellationToken: http.RequestAborted);
        return TypedResults.File(file.ToArray(), XlsxType, FileName(figures, "xlsx"));
    }

    public async Task<Results<FileContentHttpResult, NotFound>> PdfAsync(HttpContext http)
    {
        if (await LoadAsync(http, "pdf") is not var (address, figures)) return TypedResults.NotFound();
        var document = await html.RenderAsync<DashboardDocument>(new Dictionary<string, object?>
        {
            ["Figures"] = figures,
            ["Map"] = address.Map,
            ["Generated"] = ChinaTime.FromUtc(clock.GetUtcNow().UtcDateTime).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
        });
        var pdf = await printer.PrintAsync(new PrintRequest(document, [echarts.Path, ReportChartsScript.Path], ReportChartsScript.ReadyWhen), http.RequestAborted);
        return TypedResults.File(pdf, "application/pdf", FileName(figures, "pdf"));
    }

    private async Task<(DashboardAddress Address, DashboardFigures Figures)?> LoadAsync(HttpContext http, string format)
    {
        if (DashboardAddress.Parse(http.Request.Query, ChinaTime.Today(clock)) is not { } address) return null;
        if (await query.LoadAsync(DashboardViewers.Of(http.User), address.Request, http.RequestAborted) is not { } figures) return null;
        await audit.RecordAsync(AuditActions.ListExported, "Dashboard", figures.ProvinceCode ?? "national", provinceCode: figures.ProvinceCode,
            details: $"{format} {address.Query()}", ct: http.RequestAborted);
        return (address, figures);
    }

    private static string FileName(DashboardFigures figures, string extension) =>
        $"dashboard-{figures.ProvinceCode ?? "national"}-{figures.Request.From:yyyyMMdd}-{figures.Request.To:yyyyMMdd}.{extension}";
}
