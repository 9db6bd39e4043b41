using Regulator.Domain.Common;
using Regulator.Domain.IdentityNumbers;

namespace Regulator.Domain.Reports;

/// <summary>
/// Reads a backlog file of the intake contract: JSON Lines (<c>.jsonl</c>), or a sheet with a header row naming the
/// contract's fields — CSV in UTF-8 or GBK/GB 18030 (what Excel and older Chinese systems write) or an Excel workbook
/// (.xlsx), both read by <see cref="SheetFile"/>. Every data row becomes one item, numbered by its row as Excel shows
/// it (a JSON line by its line), so the result can be read against the file row by row.
/// </summary>
public static class ReportFile
{
    public const long MaxBytes = 64L * 1024 * 1024;

    public static IEnumerable<IntakeItem> Read(string fileName, byte[] content)
    {
        if (SheetFile.IsWorkbook(content) || fileName.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) || fileName.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase))
            return ReadSheet(content);
        return CsvTextDecoder.Decode(content) is var (text, _) ? ReadJsonLines(text) : [Unreadable()];
    }

    private static IntakeItem Unreadable(string? reason = null) =>
        IntakeItem.Unreadable(1, "file", reason ?? "文件编码无法识别：既不是 UTF-8 也不是 GB18030/GBK (the file is neither UTF-8 nor GB18030/GBK)");

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

    private static IEnumerable<IntakeItem> ReadSheet(byte[] content)
    {
        if (SheetFile.Read(content, out var error) is not var (rows, _)) return [Unreadable(error)];
        if (rows.Count == 0) return [];
        var header = rows[0].Cells.Select((name, index) => (Name: name.Trim(), index)).Where(h => h.Name.Length > 0)
            .DistinctBy(h => h.Name, StringComparer.OrdinalIgnoreCase).ToDictionary(h => h.Name, h => h.index, StringComparer.OrdinalIgnoreCase);
        // Without the id column no row can be stored: one clear answer for the file instead of the same one on every row.
        if (!header.ContainsKey("id")) return [Unreadable("首行应为字段名，且须包含 id 列 (the first row must name the fields, including id)")];
        return rows.Skip(1).Where(r => r.Cells.Any(c => !string.IsNullOrWhiteSpace(c))).Select(r => ReadRow(r, header)).ToList();
    }

    private static IntakeItem ReadRow(SheetRow row, Dictionary<string, int> header)
    {
        var (line, cells) = (row.Row, row.Cells);
        string? Field(string name) =>
            header.TryGetValue(name, out var index) && index < cells.Length && !string.IsNullOrWhiteSpace(cells[index]) ? cells[index].Trim() : null;
        // A credit code typed into a number cell of a workbook kept only 15 significant digits.
        if (header.TryGetValue("platformUscc", out var uscc) && row.NumericCells.Contains(uscc))
            return IntakeItem.Unreadable(line, "platformUscc", $"统一社会信用代码在 Excel 中存成了数字而不是文本。{IdentityNumberRules.ExcelExplanation}");
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
