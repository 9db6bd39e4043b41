using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Localization;
using MiniExcelLibs;
using Regulator.Domain.Auditing;
using Regulator.Domain.Common;
using Regulator.Domain.Persistence;

namespace Regulator.Web.Shared.Lists;

/// <summary>
/// Writes any registered list whole, with the filters of the address it was asked from, as .xlsx (MiniExcel) or
/// CSV (MiniExcel too), streamed to the response batch by batch (<see cref="ListRequest.ExportBatchSize"/> rows per
/// read) so memory stays flat however long the list. Rows come from the list's own feature query through the
/// request's context, so the province filter applies and identities appear only as the list shows them: masked.
/// Each export is audited with the list's name and filters.
/// </summary>
public sealed class ListExports(IEnumerable<IExportableList> lists, RegulatorDbContext db, IStringLocalizerFactory localizers,
    IAuthorizationService authorization, AuditLog audit)
{
    /// <summary>
    /// The most rows one export writes (a spreadsheet holds at most 1,048,576 and nobody reads more than this in
    /// one); a list longer than this is narrowed with its filters first, and the page says so.
    /// </summary>
    public const int MaxRows = 100_000;

    private static readonly string[] Formats = ["xlsx", "csv"];

    /// <summary>The export link of a list for the view in <paramref name="state"/>.</summary>
    public static string Link(string name, string format, ListState state) => $"/export/{name}.{format}{state.ViewQuery(withSize: false)}";

    public async Task<IResult> ExportAsync(string name, string format, HttpContext http)
    {
        var list = lists.FirstOrDefault(l => l.Name == name);
        if (list is null || !Formats.Contains(format)) return TypedResults.NotFound();
        if (list.Policy is { } policy && !(await authorization.AuthorizeAsync(http.User, policy)).Succeeded) return TypedResults.Forbid();
        var state = ListState.Parse(http.Request.QueryString.Value);
        await audit.RecordAsync(AuditActions.ListExported, "List", name, details: $"{format} {state.ViewQuery(withSize: false)}".Trim());

        var fileName = $"{name}-{ChinaTime.FromUtc(DateTime.UtcNow):yyyyMMdd-HHmm}.{format}";
        http.Response.ContentType = format == "xlsx" ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "text/csv; charset=utf-8";
        http.Response.Headers.ContentDisposition = $"attachment; filename=\"{fileName}\"";
        var titles = list.Titles(localizers);
        var rows = list.RowsAsync(state, db, localizers, MaxRows, http.RequestAborted);
        if (format == "xlsx") await WriteXlsxAsync(http, titles, rows);
        else await WriteCsvAsync(http, titles, rows);
        return TypedResults.Empty;
    }

    private static async Task WriteXlsxAsync(HttpContext http, IReadOnlyList<string> titles, IAsyncEnumerable<object?[]> rows)
    {
        // MiniExcel writes its zip entries with synchronous writes; they go to a buffer in front of the socket,
        // so this one response may write synchronously. Rows are still read from the database batch by batch.
        http.Features.GetRequiredFeature<IHttpBodyControlFeature>().AllowSynchronousIO = true;
        await using var body = new BufferedStream(http.Response.Body, 64 * 1024);
        await MiniExcel.SaveAsAsync(body, AsDictionaries(titles, rows), excelType: ExcelType.XLSX, cancellationToken: http.RequestAborted);
        await body.FlushAsync(http.RequestAborted);
    }

    private static async IAsyncEnumerable<IDictionary<string, object?>> AsDictionaries(IReadOnlyList<string> titles, IAsyncEnumerable<object?[]> rows)
    {
        await foreach (var row in rows)
        {
            var cells = new Dictionary<string, object?>(titles.Count);
            for (var i = 0; i < titles.Count; i++) cells[titles[i]] = row[i];
            yield return cells;
        }
    }

    private static async Task WriteCsvAsync(HttpContext http, IReadOnlyList<string> titles, IAsyncEnumerable<object?[]> rows)
    {
        // A byte-order mark, so spreadsheet programs read the Chinese as UTF-8.
        http.Features.GetRequiredFeature<IHttpBodyControlFeature>().AllowSynchronousIO = true;
        await using var body = new BufferedStream(http.Response.Body, 64 * 1024);
        var csv = new MiniExcelLibs.Csv.CsvConfiguration { StreamWriterFunc = s => new StreamWriter(s, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true)) };
        await MiniExcel.SaveAsAsync(body, AsDictionaries(titles, Defused(rows)), excelType: ExcelType.CSV, configuration: csv, cancellationToken: http.RequestAborted);
        await body.FlushAsync(http.RequestAborted);
    }

    /// <summary>
    /// A text cell that starts like a formula (= + - @, tab, carriage return) gets a leading apostrophe, so opening
    /// the CSV in a spreadsheet cannot run a formula a platform or a reporter typed into a name.
    /// </summary>
    private static async IAsyncEnumerable<object?[]> Defused(IAsyncEnumerable<object?[]> rows)
    {
        await foreach (var row in rows)
        {
            for (var i = 0; i < row.Length; i++)
            {
                if (row[i] is string { Length: > 0 } text && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r') row[i] = "'" + text;
                else if (row[i] is DateTime d) row[i] = d.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
            }
            yield return row;
        }
    }
}
