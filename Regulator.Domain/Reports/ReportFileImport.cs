using Regulator.Domain.Auditing;
using Regulator.Domain.Common;
using Regulator.Domain.Identity;
using Regulator.Domain.Protection;
using Regulator.Domain.Scoping;

namespace Regulator.Domain.Reports;

/// <summary>
/// Imports a backlog file (<see cref="ReportFile"/>) through report intake, for the national administrator only (the
/// step checks the role itself). A file that cannot be read as a whole — empty, too large, neither UTF-8 nor GB18030,
/// a broken workbook, no id column, no rows — is refused with one clear reason and nothing is stored; otherwise every
/// row has its result, numbered as Excel shows it (a JSON line by its line). Rows are stored batch by batch, each in
/// its own transaction, so an interrupted import is completed by importing the file again (stored ids are duplicates).
/// </summary>
public sealed class ReportFileImport(ReportIntake intake, AuditLog audit, ICurrentActor actor)
{
    /// <summary>
    /// Every row's result (rows refused one by one are in it, with their reasons). Refused
    /// (<see cref="CaseHandling.NotPermitted"/>) unless the national administrator; invalid, with the one reason and
    /// nothing stored, when the file cannot be read as a whole.
    /// </summary>
    public async Task<StepResult<IntakeResult>> ImportAsync(string fileName, byte[] content, CancellationToken ct = default)
    {
        if (!actor.Actor.IsNationalAdministrator) return StepFailure.Refused(CaseHandling.NotPermitted);
        if (content.Length == 0) return StepFailure.Invalid("文件为空 (the file is empty)");
        if (content.Length > ReportFile.MaxBytes) return StepFailure.Invalid($"文件超过 {ReportFile.MaxBytes / 1024 / 1024} MB (the file is larger than {ReportFile.MaxBytes / 1024 / 1024} MB)");
        var name = Path.GetFileName(fileName);
        var items = ReportFile.Read(name, content).ToList();
        if (items.Count == 0) return StepFailure.Invalid("文件中没有举报 (the file holds no reports)");
        if (items is [{ Draft: null } only] && only.ReadErrors.TryGetValue("file", out var unreadable)) return StepFailure.Invalid(unreadable);
        var rows = new List<IntakeItemResult>();
        foreach (var batch in items.Chunk(ReportIntake.MaxBatchSize))
            rows.AddRange((await intake.ReceiveAsync(batch, ReportChannel.FileImport, ct)).Items);
        // The answer names rows by their id and may quote a value; anything shaped like an identity number is masked.
        var result = new IntakeResult(rows.Select(r => r with
        {
            Id = IdentityScrubber.Scrub(r.Id),
            Errors = r.Errors.ToDictionary(e => e.Key, e => IdentityScrubber.Scrub(e.Value) ?? ""),
        }).ToList());
        // A file that changed nothing (every row refused or already stored) leaves no trace beyond the log's counts.
        if (result.Stored > 0)
            await audit.RecordAsync(AuditActions.ReportsImported, "ReportFile", name,
                details: $"{rows.Count} rows: {result.Stored} stored, {result.Duplicates} duplicates, {result.Rejected} rejected", ct: ct);
        return result;
    }
}
