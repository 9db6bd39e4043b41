using Regulator.Domain.Identity;
using Microsoft.EntityFrameworkCore;
using Regulator.Domain.Auditing;
using Regulator.Domain.Common;
using Regulator.Domain.Persistence;
using Regulator.Domain.Protection;
using Regulator.Domain.Scoping;

namespace Regulator.Domain.Reports;

/// <summary>
/// Shows a report's reporter contact in clear — to call the reporter back about the case — through the audited
/// reveal, for a stated reason. The report is looked up within its case through the province filter, so another
/// province's report is simply not found, and nothing is audited unless the contact is shown.
/// </summary>
public sealed class ReporterContactReveal(RegulatorDbContext db, AuditedReveal reveal, ICurrentActor actor)
{
    /// <summary>
    /// The people who may have to call the reporter back: administrators and whoever handles the case. Read-only
    /// roles (analysts, auditors) and other inspectors see the mask only.
    /// </summary>
    public static bool MayReveal(Actor actor, string? assigneeId) =>
        actor.IsAdministrator || (actor.UserId is not null && actor.UserId == assigneeId);

    /// <summary>
    /// The contact in clear, for the actor of this scope, whose role and relation to the case are checked here: not
    /// found for a report not in the case or out of scope, refused (<see cref="CaseHandling.NotPermitted"/>) unless
    /// <see cref="MayReveal"/>, invalid without a stated reason, a conflict when the reporter left no contact.
    /// </summary>
    public async Task<StepResult<string>> RevealAsync(long caseId, long reportId, string? reason, CancellationToken ct = default)
    {
        var report = await db.Reports.AsNoTracking().Where(r => r.Id == reportId && r.CaseId == caseId)
            .Select(r => new { r.ProvinceCode, r.ReporterContactCipher, r.Case.AssigneeId }).FirstOrDefaultAsync(ct);
        if (report is null) return StepFailure.NotFound;
        if (!MayReveal(actor.Actor, report.AssigneeId)) return StepFailure.Refused(CaseHandling.NotPermitted);
        if (StatedReason.Refusal(reason, out var stated) is { } invalid) return invalid;
        if (report.ReporterContactCipher is null) return StepFailure.Conflict("该举报未留联系方式 (the reporter left no contact)");
        return await reveal.RevealAsync(AuditActions.ReporterContactRevealed, nameof(Report), reportId, report.ProvinceCode, stated, "reporter contact",
            report.ReporterContactCipher, ct);
    }
}
