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

    public sealed record Result(bool Found, bool Allowed, string? Error, string? Contact)
    {
        public static readonly Result NotFound = new(false, false, null, null);
        public static readonly Result Forbidden = new(true, false, null, null);
    }

    /// <summary>
    /// The people who may have to call the reporter back: administrators and whoever handles the case. Read-only
    /// roles (analysts, auditors) and other inspectors see the mask only.
    /// </summary>
    public static bool MayReveal(Actor actor, string? assigneeId) =>
        actor.IsAdministrator || (actor.UserId is not null && actor.UserId == assigneeId);

    /// <summary>The contact, for the actor of this scope, whose role and relation to the case are checked here.</summary>
    public async Task<Result> RevealAsync(long caseId, long reportId, string? reason, CancellationToken ct = default)
    {
        var report = await db.Reports.AsNoTracking().Where(r => r.Id == reportId && r.CaseId == caseId)
            .Select(r => new { r.ProvinceCode, r.ReporterContactCipher, r.Case.AssigneeId }).FirstOrDefaultAsync(ct);
        if (report is null) return Result.NotFound;
        if (!MayReveal(actor.Actor, report.AssigneeId)) return Result.Forbidden;
        if (StatedReason.Check(reason, out var stated) is { } problem) return new Result(true, true, problem, null);
        if (report.ReporterContactCipher is null) return new Result(true, true, "该举报未留联系方式 (the reporter left no contact)", null);
        var contact = await reveal.RevealAsync(AuditActions.ReporterContactRevealed, nameof(Report), reportId, report.ProvinceCode, stated, "reporter contact",
            report.ReporterContactCipher, ct);
        return new Result(true, true, null, contact);
    }
}
