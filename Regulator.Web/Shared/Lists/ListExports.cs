using System.Data;
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
        var rows = Readable(list.RowsAsync(state, db, localizers, MaxRows, http.RequestAborted), asText: format == "csv");
        await using var body = new BufferedStream(http.Response.Body, 64 * 1024);
        // MiniExcel writes its zip entries and CSV lines with synchronous writes; they go to the buffer in front of
        // the socket, so this one response may write synchronously. Rows are still read batch by batch.
        http.Features.GetRequiredFeature<IHttpBodyControlFeature>().AllowSynchronousIO = true;
        await using (var first = rows.GetAsyncEnumerator(http.RequestAborted))
        {
            // MiniExcel takes the header from the first row, so an empty list would be a blank file; a clerk
            // expects the column titles with no rows under them.
            object sheet = await first.MoveNextAsync() ? AsDictionaries(titles, Resume(first)) : HeaderOnly(titles);
            if (format == "xlsx") await MiniExcel.SaveAsAsync(body, sheet, excelType: ExcelType.XLSX, cancellationToken: http.RequestAborted);
            else await MiniExcel.SaveAsAsync(body, sheet, excelType: ExcelType.CSV, configuration: CsvWithByteOrderMark, cancellationToken: http.RequestAborted);
        }
        await body.FlushAsync(http.RequestAborted);
        return TypedResults.Empty;
    }

    // A byte-order mark, so spreadsheet programs read the Chinese as UTF-8.
    private static readonly MiniExcelLibs.Csv.CsvConfiguration CsvWithByteOrderMark =
        new() { StreamWriterFunc = s => new StreamWriter(s, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true)) };

    private static DataTable HeaderOnly(IReadOnlyList<string> titles)
    {
        var table = new DataTable();
        foreach (var title in titles) table.Columns.Add(title);
        return table;
    }

    private static async IAsyncEnumerable<object?[]> Resume(IAsyncEnumerator<object?[]> started)
    {
        do yield return started.Current;
        while (await started.MoveNextAsync());
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

    /// <summary>
    /// Cells as a spreadsheet should read them. A date (a period's day, a due day) reads as the day alone. In a CSV
    /// (<paramref name="asText"/>), where a spreadsheet program parses every cell, a text cell that starts like a
    /// formula (= + - @, tab, carriage return) gets a leading apostrophe, so opening the file cannot run a formula a
    /// platform or a reporter typed into a name, and a time reads as China time to the minute; an .xlsx keeps its
    /// texts as texts and its times as date cells.
    /// </summary>
    private static async IAsyncEnumerable<object?[]> Readable(IAsyncEnumerable<object?[]> rows, bool asText)
    {
        await foreach (var row in rows)
        {
            for (var i = 0; i < row.Length; i++)
            {
                if (row[i] is DateOnly day) row[i] = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                else if (!asText) continue;
                else if (row[i] is string { Length: > 0 } text && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r') row[i] = "'" + text;
                else if (row[i] is DateTime d) row[i] = d.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
            }
            yield return row;
        }
    }
}
