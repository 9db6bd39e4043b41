using Microsoft.EntityFrameworkCore;
using Regulator.Domain.Auditing;
using Regulator.Domain.Common;
using Regulator.Domain.Persistence;
using Regulator.Domain.Reports;

namespace Regulator.Domain.Credit;

/// <summary>
/// Platforms report the punitive measures they take against their own filed publishers (CAC Art. 14). Each report is
/// stored, audited, and recorded at once as a fact about the person behind the account, so the grade reflects it
/// before the answer. Idempotent on the platform's measure id. The publisher is looked up through the scoping filter,
/// so a platform can only report on its own filings.
/// </summary>
public sealed class PlatformMeasures(RegulatorDbContext db, CreditFactRecorder recorder, AuditLog audit, TimeProvider clock)
{
    public async Task<PlatformMeasureResult> ReportAsync(int platformId, PlatformMeasureDraft draft, CancellationToken ct = default)
    {
        var problems = new List<(string, string, string)>();
        var today = ChinaTime.Today(clock);
        if (string.IsNullOrWhiteSpace(draft.MeasureId) || draft.MeasureId.Length > 100) problems.Add(("measureId", "required", "measureId 必填，至多 100 个字符 (required, at most 100 characters)"));
        if (draft.Measure is not (PunitiveMeasures.Warning or PunitiveMeasures.Suspension or PunitiveMeasures.AccountClosure))
            problems.Add(("measure", "invalid", "measure 应为 warning、suspension 或 account-closure 之一 (one measure)"));
        if (draft.TakenOn is not { } takenOn || takenOn > today || takenOn < today.AddYears(-1)) problems.Add(("takenOn", "invalid-date", "takenOn 应为过去一年内的日期 (a date within the past year)"));
        if (draft.EndsOn is { } endsOn && (draft.Measure != PunitiveMeasures.Suspension || endsOn < draft.TakenOn)) problems.Add(("endsOn", "invalid-date", "只有暂停发布有结束日期，且不早于 takenOn (only a suspension ends, not before takenOn)"));
        if (StatedReason.Check(draft.Reason, out var reason) is { } reasonProblem) problems.Add(("reason", reasonProblem == StatedReason.Required ? "required" : "invalid-reason", reasonProblem));
        var filing = string.IsNullOrWhiteSpace(draft.PlatformPublisherId) ? null
            : await db.Filings.AsNoTracking().Where(f => f.PlatformId == platformId && f.PlatformPublisherId == draft.PlatformPublisherId)
                .Select(f => new { f.Id, f.IdentityBlindIndex, f.ProvinceCode, f.Agency }).FirstOrDefaultAsync(ct);
        if (filing is null) problems.Add(("platformPublisherId", "unknown-publisher", "未找到本平台的该主播备案 (no filing of yours with this platformPublisherId)"));
        if (problems.Count > 0) return new PlatformMeasureResult(null, null, problems);

        var existing = await db.PlatformMeasureReports.FirstOrDefaultAsync(m => m.PlatformId == platformId && m.MeasureId == draft.MeasureId, ct);
        var report = existing ?? new PlatformMeasureReport
        {
            PlatformId = platformId, ProvinceCode = filing!.ProvinceCode, MeasureId = draft.MeasureId!.Trim(), PlatformPublisherId = draft.PlatformPublisherId!,
            FilingId = filing.Id, Measure = draft.Measure, TakenOn = draft.TakenOn!.Value, EndsOn = draft.EndsOn, Reason = reason,
            ReceivedUtc = clock.GetUtcNow().UtcDateTime,
        };
        if (existing is null)
        {
            db.PlatformMeasureReports.Add(report);
            audit.Add(CreditAuditActions.MeasureReported, nameof(PlatformMeasureReport), null, report.ProvinceCode, details: $"{report.Measure} {report.PlatformPublisherId} ({report.MeasureId})");
            await db.SaveChangesAsync(ct);
        }
        var severity = report.Measure switch
        {
            PunitiveMeasures.Warning => CreditSeverity.Minor,
            PunitiveMeasures.Suspension => CreditSeverity.General,
            _ => CreditSeverity.Serious,
        };
        var (_, subject) = await recorder.RecordAsync(new CreditFactDraft(CreditFactKind.PlatformMeasure, severity, nameof(PlatformMeasureReport), report.Id.ToString(),
            report.TakenOn, report.ProvinceCode, filing!.Agency, $"平台处置：{MeasureWords(report.Measure)}（{report.Reason}）", IdentityBlindIndex: filing.IdentityBlindIndex,
            PlatformId: platformId), ct);
        return new PlatformMeasureResult(report, subject.Grade, []);
    }

    public static string MeasureWords(PunitiveMeasures measure) => measure switch
    {
        PunitiveMeasures.Warning => "警示",
        PunitiveMeasures.Suspension => "暂停发布",
        PunitiveMeasures.AccountClosure => "关闭账号",
        _ => measure.ToString(),
    };
}
