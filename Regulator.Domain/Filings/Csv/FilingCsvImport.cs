using System.Text.RegularExpressions;
using Regulator.Domain.Auditing;
using Regulator.Domain.Common;
using Regulator.Domain.IdentityNumbers;
using Regulator.Domain.Persistence;
using Regulator.Domain.Identity;

namespace Regulator.Domain.Filings.Csv;

/// <summary>
/// An upload made in the portal for a platform without an API client: CSV (UTF-8, GBK/GB 18030) or an Excel
/// workbook (.xlsx), read by <see cref="SheetFile"/>. Rows go through the same intake as the API, in batches of
/// <see cref="FilingIntake.MaxBatchSize"/>, all under one submission that keeps the corrections file; each result
/// names the row as Excel shows it. A file that cannot be read (encoding, missing columns, too many rows) stores nothing.
/// </summary>
public sealed partial class FilingCsvImport(RegulatorDbContext db, FilingIntake intake, AuditLog audit, TimeProvider clock)
{
    public const int MaxRows = 10_000;

    /// <summary>
    /// Files a platform's CSV or .xlsx on its behalf, as <paramref name="uploader"/>. Done with the per-row results
    /// (row problems are results, not a failure) and the submission; refused for anyone but an administrator, not
    /// found for a platform outside the uploader's province, invalid (no field: the file as a whole) for a file that
    /// cannot be read — nothing is stored then.
    /// </summary>
    public async Task<StepResult<FilingCsvResult>> ImportAsync(int platformId, byte[] content, string fileName, Actor uploader, CancellationToken ct = default)
    {
        if (!uploader.IsAdministrator) return StepFailure.Refused("只有管理员可以代平台上传备案文件 (only administrators may upload a platform's file)");
        var uploadedBy = uploader.Name;
        var platform = await intake.FindPlatformAsync(platformId, ct);
        if (platform is null) return StepFailure.NotFound;
        if (SheetFile.Read(content, out var unreadable) is not var (records, encoding))
            return StepFailure.Invalid(unreadable!);

        if (records.Count == 0) return StepFailure.Invalid("文件是空的 (the file is empty)");
        var header = records[0].Cells;
        var columns = new Dictionary<FilingCsvColumn, int>();
        for (var i = header.Length - 1; i >= 0; i--)
            if (FilingCsvVocabulary.ColumnFor(header[i]) is { } column) columns[column] = i;
        var missing = FilingCsvVocabulary.Required.Where(c => !columns.ContainsKey(c)).ToList();
        if (missing.Count > 0)
            return StepFailure.Invalid($"缺少必需的列：{string.Join("、", missing.Select(FilingCsvVocabulary.Label))} (required columns are missing)");
        var data = records.Skip(1).Where(r => r.Cells.Any(c => c.Trim().Length > 0)).ToList();
        if (data.Count == 0) return StepFailure.Invalid("文件中没有数据行 (the file has a header but no rows)");
        if (data.Count > MaxRows) return StepFailure.Invalid($"一个文件最多 {MaxRows} 行，本文件有 {data.Count} 行 (at most {MaxRows} rows per file)");

        var source = new FilingSource(SubmissionChannel.CsvUpload, uploadedBy, Path.GetFileName(fileName));
        var submission = FilingIntake.NewSubmission(platform, source, clock.GetUtcNow().UtcDateTime);
        db.FilingSubmissions.Add(submission);

        var results = new FilingCsvRowResult?[data.Count];
        var parsed = new List<(int Row, FilingDraft Draft)>();
        for (var i = 0; i < data.Count; i++)
        {
            var (draft, problems) = ToDraft(data[i], columns);
            if (problems.Count > 0) results[i] = new FilingCsvRowResult(data[i].Row, Cell(data[i].Cells, columns, FilingCsvColumn.PlatformPublisherId), FilingItemOutcome.Invalid, null, problems);
            else parsed.Add((i, draft!));
        }
        foreach (var chunk in parsed.Chunk(FilingIntake.MaxBatchSize))
        {
            var batch = await intake.StageAsync(platform, chunk.Select(c => c.Draft).ToList(), source, submission, ct);
            await intake.SaveAsync(batch, ct);
            foreach (var item in batch.Items)
            {
                var row = chunk[item.Index].Row;
                results[row] = new FilingCsvRowResult(data[row].Row, item.PlatformPublisherId, item.Outcome, item.Status, item.Problems);
            }
        }

        var rows = results.Select(r => r!).ToList();
        var refusedUnread = data.Count - parsed.Count;
        submission.ItemCount += refusedUnread;
        submission.InvalidCount += refusedUnread;
        var identityColumns = new[] { FilingCsvColumn.IdentityNumber, FilingCsvColumn.GuardianIdentityNumber }
            .Where(columns.ContainsKey).Select(c => columns[c]).ToList();
        var corrections = rows.Select((r, i) => (Row: r, Cells: data[i].Cells)).Where(x => x.Row.NeedsCorrection).ToList();
        submission.CorrectionsCsv = corrections.Count == 0 ? null
            : FilingCsvCorrections.Write(header, identityColumns, corrections.Select(c => (c.Row.Line, c.Cells, c.Row.Problems)));
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync(AuditActions.FilingsUploaded, nameof(FilingSubmission), submission.Id.ToString(), platform.ProvinceCode,
            details: $"{source.FileName} ({encoding}): {rows.Count} rows, {submission.StoredCount} stored, {submission.InvalidCount} refused", ct: ct);
        return new FilingCsvResult(encoding, rows, submission);
    }

    private static (FilingDraft? Draft, List<FilingProblem> Problems) ToDraft(SheetRow row, Dictionary<FilingCsvColumn, int> columns)
    {
        var cells = row.Cells;
        var problems = new List<FilingProblem>();
        if (row.Malformed) problems.Add(new("row", "malformed-csv", "该行引号不成对，无法可靠读取 (unbalanced quotes: the row cannot be read reliably)"));

        var typeText = Cell(cells, columns, FilingCsvColumn.PublisherType);
        var type = FilingCsvVocabulary.TypeFor(typeText);
        if (type is null && typeText.Length > 0)
            problems.Add(new("publisherType", "unknown-value", "主播类型应为“个人”或“机构” (publisher type must be individual or organization)"));

        var kinds = ContentKinds.None;
        foreach (var k in Split(Cell(cells, columns, FilingCsvColumn.ContentKinds)))
        {
            if (FilingCsvVocabulary.KindFor(k) is { } kind) kinds |= kind;
            else problems.Add(new("contentKinds", "unknown-value", "内容类别应为 新闻信息、演艺、视听、其他 (content kinds: news, performance, audio-visual, other)"));
        }

        foreach (var column in new[] { FilingCsvColumn.IdentityNumber, FilingCsvColumn.GuardianIdentityNumber })
        {
            var field = column == FilingCsvColumn.IdentityNumber ? "identityNumber" : "guardian.identityNumber";
            if (ScientificNotation().IsMatch(Cell(cells, columns, column)))
                problems.Add(new(field, IdentityNumberCodes.ExcelTruncated,
                    "号码被 Excel 转成了科学计数法，后几位已丢失：请把该列设为“文本”后重新导出 (Excel turned the number into scientific notation; format the column as text and export again)"));
            else if (columns.TryGetValue(column, out var index) && row.NumericCells.Contains(index))
                problems.Add(new(field, IdentityNumberCodes.ExcelTruncated, $"号码在 Excel 中存成了数字而不是文本。{IdentityNumberRules.ExcelExplanation}"));
        }

        var documentText = Cell(cells, columns, FilingCsvColumn.DocumentType);
        var documentType = FilingCsvVocabulary.DocumentTypeFor(documentText);
        if (documentType is null && documentText.Length > 0)
            problems.Add(new("identityDocumentType", "unknown-value", "证件类型应为 居民身份证、港澳台居民居住证、外国人永久居留身份证 或 其他证件 (document type: mainland ID, residence permit, foreign permanent resident ID or other)"));
        var confirmedText = Cell(cells, columns, FilingCsvColumn.IdentityConfirmed);
        var confirmed = FilingCsvVocabulary.YesNoFor(confirmedText);
        if (confirmed is null && confirmedText.Length > 0)
            problems.Add(new("identityConfirmed", "unknown-value", "“号码已核对”应为 是 或 否 (identity number confirmed: yes or no)"));

        var relationText = Cell(cells, columns, FilingCsvColumn.GuardianRelation);
        var relation = FilingCsvVocabulary.RelationFor(relationText);
        if (relation is null && relationText.Length > 0)
            problems.Add(new("guardian.relation", "unknown-value", "监护关系应为 父亲、母亲 或 其他法定监护人 (relation: father, mother or other legal guardian)"));
        var dateText = Cell(cells, columns, FilingCsvColumn.GuardianConsentDate);
        var consent = FilingCsvVocabulary.DateFor(dateText);
        if (consent is null && dateText.Length > 0)
            problems.Add(new("guardian.consentDate", "unknown-value", "监护人同意日期格式应为 2026-11-20 (consent date must be a date such as 2026-11-20)"));

        var guardianName = Cell(cells, columns, FilingCsvColumn.GuardianName);
        var guardianId = Cell(cells, columns, FilingCsvColumn.GuardianIdentityNumber);
        var guardian = guardianName.Length + guardianId.Length + relationText.Length + dateText.Length == 0
            ? null
            : new GuardianDraft(guardianName, relation, guardianId, consent, confirmed == true);
        if (problems.Count > 0) return (null, problems);
        return (new FilingDraft(Cell(cells, columns, FilingCsvColumn.PlatformPublisherId), type, Cell(cells, columns, FilingCsvColumn.RealName),
            Cell(cells, columns, FilingCsvColumn.IdentityNumber), Split(Cell(cells, columns, FilingCsvColumn.DisplayNames)), kinds, guardian,
            documentType, confirmed == true), problems);
    }

    private static string Cell(string[] cells, Dictionary<FilingCsvColumn, int> columns, FilingCsvColumn column) =>
        columns.TryGetValue(column, out var i) && i < cells.Length ? cells[i].Trim() : "";

    private static List<string> Split(string cell) =>
        cell.Split(FilingCsvVocabulary.ListSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();

    [GeneratedRegex(@"^\d(\.\d+)?[eE]\+?\d+$")]
    private static partial Regex ScientificNotation();
}
