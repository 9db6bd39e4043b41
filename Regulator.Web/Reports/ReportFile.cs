using System.Globalization;
using System.Text;
using CsvHelper;
using Regulator.Domain.Reports;

namespace Regulator.Web.Reports;

/// <summary>
/// Reads a backlog file of the intake contract: JSON Lines (<c>.jsonl</c>) or CSV with a header row naming the
/// contract's fields, in UTF-8 or GB18030 (what Excel and older Chinese systems write). Every data row becomes one
/// item, numbered by its line, so the result can be read against the file row by row.
/// </summary>
public static class ReportFile
{
    public const long MaxBytes = 64L * 1024 * 1024;

    static ReportFile() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static IEnumerable<IntakeItem> Read(string fileName, byte[] content)
    {
        var text = Decode(content);
        return fileName.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) ? ReadCsv(text) : ReadJsonLines(text);
    }

    /// <summary>UTF-8 when the bytes are valid UTF-8 (GB18030 text practically never is), else GB18030.</summary>
    public static string Decode(byte[] content)
    {
        var offset = content.AsSpan().StartsWith(Encoding.UTF8.Preamble) ? Encoding.UTF8.Preamble.Length : 0;
        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(content, offset, content.Length - offset);
        }
        catch (DecoderFallbackException)
        {
            return Encoding.GetEncoding("GB18030").GetString(content);
        }
    }

    private static IEnumerable<IntakeItem> ReadJsonLines(string text)
    {
        using var reader = new StringReader(text);
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (!string.IsNullOrWhiteSpace(line)) yield return ReportWireFormat.ReadLine(number, line);
        }
    }

    private static IEnumerable<IntakeItem> ReadCsv(string text)
    {
        using var csv = CsvReader.FromText(text, new CsvReaderOptions { TrackLineNumbers = true, TrimWhitespace = true });
        while (csv.Read())
        {
            // The line the record starts on, as a spreadsheet user counts it (the header is line 1).
            yield return ReadCsvRow((int)csv.LineNumber, csv);
        }
    }

    private static IntakeItem ReadCsvRow(int line, CsvReader csv)
    {
        string? Field(string name) =>
            csv.TryGetFieldIndex(name, out var index) && index < csv.FieldCount && csv.GetString(index) is { } value && !string.IsNullOrWhiteSpace(value) ? value : null;
        var receivedText = Field("receivedAt");
        DateTimeOffset? receivedAt = null;
        if (receivedText is not null)
        {
            if (!ReportWireFormat.TryParseReceivedAt(receivedText, out var parsed)) return IntakeItem.Unreadable(line, "receivedAt", "受理时间格式无效 (receivedAt is not a date-time)");
            receivedAt = parsed;
        }
        bool? minor = Field("minorInvolved")?.Trim().ToLowerInvariant() switch
        {
            null => null,
            "true" or "1" or "yes" or "是" => true,
            "false" or "0" or "no" or "否" => false,
            _ => (bool?)null,
        };
        if (minor is null && Field("minorInvolved") is not null) return IntakeItem.Unreadable(line, "minorInvolved", "是否涉及未成年人应为 true/false 或 是/否 (minorInvolved must be true/false)");
        // Several evidence links share one cell, separated by spaces, semicolons or line breaks.
        var evidence = Field("evidence")?.Split([' ', ';', '；', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return IntakeItem.Read(line, new ReportDraft(Field("id"), receivedAt, Field("platformName"), Field("platformUscc"), Field("accountName"),
            Field("accountId"), Field("roomId"), Field("url"), Field("category"), Field("description"), evidence, minor, Field("reporterContact")));
    }
}
