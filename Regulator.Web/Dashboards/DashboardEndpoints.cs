namespace Regulator.Web.Dashboards;

public static class DashboardEndpoints
{
    /// <summary>
    /// <c>GET /dashboards/export.xlsx</c> and <c>/dashboards/print.pdf</c> with the dashboard's query string: the figures
    /// of the view on screen as a workbook or a printed PDF (<see cref="DashboardFiles"/>). Staff only (the fallback policy).
    /// </summary>
    public static void MapDashboardEndpoints(this IEndpointRouteBuilder app)
    {
        var files = app.MapGroup("/dashboards").ExcludeFromDescription();
        files.MapGet("/export.xlsx", (HttpContext http, DashboardFiles dashboard) => dashboard.ExcelAsync(http));
        files.MapGet("/print.pdf", (HttpContext http, DashboardFiles dashboard) => dashboard.PdfAsync(http));
    }
}
