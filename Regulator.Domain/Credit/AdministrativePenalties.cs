using Microsoft.EntityFrameworkCore;
using Regulator.Domain.Auditing;
using Regulator.Domain.Common;
using Regulator.Domain.Persistence;
using Regulator.Domain.Identity;

namespace Regulator.Domain.Credit;

/// <summary>
/// The office records an administrative penalty by hand from its decision document; it becomes a fact about the subject
/// at once. The subject is found through the scoping filter, so a province records penalties only on its own subjects
/// (another's is not found). Document numbers are unique.
/// </summary>
public sealed class AdministrativePenalties(RegulatorDbContext db, CreditFactRecorder recorder, AuditLog audit, TimeProvider clock)
{
    /// <summary>
    /// Records the penalty and its credit fact. Not found for a subject out of scope; refused unless an administrator
    /// of the subject's province; invalid without a document number (at most 64 characters), with a decision date in
    /// the future or without a summary; a conflict when the document number is already recorded (in any province).
    /// </summary>
    public async Task<StepResult<AdministrativePenalty>> RecordAsync(long subjectId, string documentNumber, DateOnly decidedOn, CreditSeverity severity, string summary,
        Actor actor, CancellationToken ct = default)
    {
        var subject = await db.CreditSubjects.AsNoTracking().FirstOrDefaultAsync(s => s.Id == subjectId, ct);
        if (subject is null) return StepFailure.NotFound;
        if (!actor.MayAdminister(subject.ProvinceCode)) return StepFailure.Refused("无权为该主体记录行政处罚 (not an administrator of the subject's province)");
        if (string.IsNullOrWhiteSpace(documentNumber) || documentNumber.Length > 64) return StepFailure.Invalid("请填写处罚决定书文号 (the document number is required)");
        if (decidedOn > ChinaTime.Today(clock)) return StepFailure.Invalid("处罚日期不能晚于今天 (the decision date cannot be in the future)");
        if (string.IsNullOrWhiteSpace(summary)) return StepFailure.Invalid("请填写处罚事由 (state what was penalised)");
        if (await db.AdministrativePenalties.IgnoreQueryFilters().AnyAsync(p => p.DocumentNumber == documentNumber.Trim(), ct))
            return StepFailure.Conflict("该文号已记录 (this document number is already recorded)");
        var penalty = new AdministrativePenalty
        {
            SubjectId = subject.Id, ProvinceCode = subject.ProvinceCode, Agency = subject.Agency, DocumentNumber = documentNumber.Trim(), DecidedOn = decidedOn,
            Severity = severity, Summary = summary.Trim(), RecordedBy = actor.Name, RecordedUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.AdministrativePenalties.Add(penalty);
        await db.SaveChangesAsync(ct);
        audit.Add(CreditAuditActions.PenaltyRecorded, nameof(AdministrativePenalty), penalty.Id.ToString(), subject.ProvinceCode, details: penalty.DocumentNumber);
        await recorder.RecordAsync(new CreditFactDraft(CreditFactKind.AdministrativePenalty, severity, nameof(AdministrativePenalty), penalty.Id.ToString(), decidedOn,
            actor.ProvinceCode ?? subject.ProvinceCode, subject.Agency, $"行政处罚 {penalty.DocumentNumber}：{penalty.Summary}",
            IdentityBlindIndex: subject.IdentityBlindIndex, SubjectPlatformId: subject.PlatformId, DocumentNumber: penalty.DocumentNumber), ct);
        return penalty;
    }
}
