namespace Regulator.Web.Shared.Lists;

public static class ListExportEndpoints
{
    /// <summary>
    /// <c>GET /export/{list}.xlsx</c> and <c>.csv</c> with the list's query string: the one export endpoint for every
    /// list. Staff only (the fallback policy), plus the list's own policy.
    /// </summary>
    public static void MapListExports(this IEndpointRouteBuilder app) =>
        app.MapGet("/export/{name}.{format}", (string name, string format, HttpContext http, ListExports exports) => exports.ExportAsync(name, format, http))
            .ExcludeFromDescription();
}
