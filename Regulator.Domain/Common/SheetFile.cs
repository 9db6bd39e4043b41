using System.Globalization;
using CsvHelper;
using MiniExcel = MiniExcelLibs.MiniExcel;
using MiniExcelLibs;

namespace Regulator.Domain.Common;

/// <summary>
/// Reads an uploaded sheet, CSV (UTF-8 or GBK/GB 18030, see <see cref="CsvTextDecoder"/>) or an Excel workbook
/// (.xlsx, its first worksheet, read with MiniExcel), into rows numbered as Excel shows them. Used by every upload:
/// publisher filings and the report backlog import.
/// </summary>
public static class SheetFile
{
    /// <summary>An .xlsx file is a zip archive; its first bytes say so whatever the file is called.</summary>
    public static bool IsWorkbook(ReadOnlySpan<byte> content) => content.StartsWith("PK\u0003\u0004"u8);

    /// <summary>The rows and the format read ("UTF-8", "GB18030", "xlsx"), or the error that kept the file from being read (nothing of it should be used).</summary>
    public static (IReadOnlyList<SheetRow> Rows, string Format)? Read(byte[] content, out string? error)
    {
        error = null;
        if (IsWorkbook(content))
        {
            try { return (ReadWorkbook(content), "xlsx"); }
            catch (Exception e) when (e is InvalidDataException or IOException or System.Xml.XmlException or InvalidOperationException or NotSupportedException)
            {
                error = "无法读取 Excel 工作簿：文件已损坏或不是 .xlsx 格式 (the workbook cannot be read: it is damaged or not .xlsx)";
                return null;
            }
        }
        if (CsvTextDecoder.Decode(content) is not var (text, encoding))
        {
            error = "文件编码无法识别：既不是 UTF-8 也不是 GB18030/GBK。请在 Excel 中另存为“CSV UTF-8”或 .xlsx (the file is neither UTF-8 nor GB18030/GBK; save it from Excel as \"CSV UTF-8\" or .xlsx)";
            return null;
        }
        return (ReadCsv(text), encoding);
    }

    private static List<SheetRow> ReadCsv(string text)
    {
        var malformed = new HashSet<long>();
        var options = new CsvReaderOptions
        {
            HasHeader = false, // headers are matched by their callers, against Chinese and English names
            SkipEmptyLines = false, // Excel shows an empty line as a row: counting it keeps row numbers Excel's
            DetectSeparatorHint = true, // Excel's "sep=;" first line, which Excel does not show as a row either
            IncludeValuesInExceptions = false, // values are identity numbers
            FieldCountMismatch = CsvFieldCountHandling.Allow,
            MissingField = CsvMissingFieldHandling.ReturnEmpty,
            OnMalformedRecord = record => malformed.Add(record.RecordNumber),
        };
        using var reader = CsvReader.FromText(text, options);
        var rows = new List<SheetRow>();
        while (reader.Read())
            rows.Add(new SheetRow(rows.Count + 1, reader.Current.ToArray().Select(c => c ?? "").ToArray(), malformed.Contains(reader.RowNumber), NoNumbers));
        return rows;
    }

    private static List<SheetRow> ReadWorkbook(byte[] content)
    {
        using var stream = new MemoryStream(content, writable: false);
        var rows = new List<SheetRow>();
        // Without a header row MiniExcel keys cells by column letter and yields every row from A1, empty ones too.
        foreach (IDictionary<string, object?> row in MiniExcel.Query(stream, useHeaderRow: false, excelType: ExcelType.XLSX))
        {
            var cells = new string[row.Count];
            var numeric = new HashSet<int>();
            var i = 0;
            foreach (var value in row.Values)
            {
                (cells[i], var isNumber) = Text(value);
                if (isNumber) numeric.Add(i);
                i++;
            }
            rows.Add(new SheetRow(rows.Count + 1, cells, false, numeric));
        }
        return rows;
    }

    // Numbers as Excel would show them in a wide cell: 15 significant digits (decimal's conversion from double
    // rounds to exactly that), never scientific notation. Dates as ISO dates.
    private static (string Text, bool IsNumber) Text(object? value) => value switch
    {
        null => ("", false),
        string s => (s, false),
        DateTime d => (d.TimeOfDay == TimeSpan.Zero ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : d.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture), false),
        double d => (((decimal)d).ToString(CultureInfo.InvariantCulture), true),
        float f => (((decimal)f).ToString(CultureInfo.InvariantCulture), true),
        decimal m => (m.ToString(CultureInfo.InvariantCulture), true),
        int or long or short => (Convert.ToString(value, CultureInfo.InvariantCulture)!, true),
        bool b => (b ? "TRUE" : "FALSE", false),
        _ => (Convert.ToString(value, CultureInfo.InvariantCulture) ?? "", false),
    };

    private static readonly IReadOnlySet<int> NoNumbers = new HashSet<int>();
}
