using Microsoft.EntityFrameworkCore;
using Regulator.Domain.Auditing;
using Regulator.Domain.Common;
using Regulator.Domain.Persistence;
using Regulator.Domain.Protection;
using Regulator.Domain.Identity;

namespace Regulator.Domain.SpotChecks;

/// <summary>
/// Keeps the inspector directory (执法检查人员名录库): a province's administrator adds its officers and marks them
/// available or not; conflicts of interest are declared by the administrator or by the inspector themselves. Each
/// step returns the inspector as saved, or why not: not found outside the actor's province, refused for another role,
/// invalid for what was entered.
/// </summary>
public sealed class InspectorDirectory(RegulatorDbContext db, AuditLog audit, TimeProvider clock)
{
    private static readonly StepFailure NotKeeper = StepFailure.Refused("只有省级管理员可以维护执法人员名录 (only a provincial administrator keeps the directory)");

    /// <summary>The directory of the actor's scope, by name.</summary>
    public async Task<IReadOnlyList<Inspector>> ListAsync(CancellationToken ct = default) =>
        await db.Inspectors.AsNoTracking().Include(i => i.Conflicts).OrderBy(i => i.ProvinceCode).ThenBy(i => i.Name).ThenBy(i => i.Id).ToListAsync(ct);

    /// <summary>Adds an officer to the actor's province; invalid with the problem per field of <see cref="InspectorDraft"/> (a certificate already registered in any province included).</summary>
    public async Task<StepResult<Inspector>> AddAsync(Actor actor, InspectorDraft draft, CancellationToken ct = default)
    {
        if (actor.ProvinceCode is not { } province || !actor.MayPlan(province)) return NotKeeper;
        var errors = new Dictionary<string, string>();
        if (TextRules.ValidateName(draft.Name, "姓名", 50) is { } name) errors[nameof(draft.Name)] = name;
        var certificate = draft.CertificateNumber?.Trim() ?? "";
        if (certificate.Length is < 6 or > 40 || !certificate.All(char.IsAsciiLetterOrDigit))
            errors[nameof(draft.CertificateNumber)] = "执法证号为 6–40 位字母或数字 (certificate number: 6–40 letters or digits)";
        else if (await db.Inspectors.IgnoreQueryFilters().AnyAsync(i => i.CertificateNumber == certificate, ct))
            errors[nameof(draft.CertificateNumber)] = "该执法证号已登记 (this certificate is already registered)";
        if (draft.CertificateExpiresOn < ChinaTime.Today(clock)) errors[nameof(draft.CertificateExpiresOn)] = "执法证已过期 (the certificate has expired)";
        if (errors.Count > 0) return StepFailure.Invalid(errors);
        var inspector = new Inspector
        {
            ProvinceCode = province, Agency = draft.Agency, Name = draft.Name.Trim(), CertificateNumber = certificate,
            CertificateExpiresOn = draft.CertificateExpiresOn, UserId = draft.UserId,
        };
        db.Inspectors.Add(inspector);
        await db.SaveChangesAsync(ct);
        audit.Add(AuditActions.InspectorAdded, nameof(Inspector), inspector.Id.ToString(), province, details: inspector.Name);
        await db.SaveChangesAsync(ct);
        return inspector;
    }

    /// <summary>Marks an inspector available for draws or not (leave, secondment). Refused unless the province's administrator.</summary>
    public async Task<StepResult<Inspector>> SetAvailableAsync(Actor actor, int inspectorId, bool available, CancellationToken ct = default)
    {
        var inspector = await db.Inspectors.FirstOrDefaultAsync(i => i.Id == inspectorId, ct);
        if (inspector is null) return StepFailure.NotFound;
        if (!actor.MayPlan(inspector.ProvinceCode)) return NotKeeper;
        inspector.IsAvailable = available;
        audit.Add(AuditActions.InspectorChanged, nameof(Inspector), inspector.Id.ToString(), inspector.ProvinceCode, details: available ? "available" : "unavailable");
        await db.SaveChangesAsync(ct);
        return inspector;
    }

    /// <summary>
    /// Declares a conflict of interest with a platform: the inspector will never be drawn for it or its publishers.
    /// The inspector themselves or the province's administrator (else refused); invalid for an unknown kind or
    /// platform. A conflict already declared is kept as it is.
    /// </summary>
    public async Task<StepResult<Inspector>> DeclareConflictAsync(Actor actor, int inspectorId, int platformId, ConflictKind kind, string? note, CancellationToken ct = default)
    {
        var inspector = await db.Inspectors.Include(i => i.Conflicts).FirstOrDefaultAsync(i => i.Id == inspectorId, ct);
        if (inspector is null) return StepFailure.NotFound;
        var own = actor.UserId is not null && inspector.UserId == actor.UserId;
        if (!own && !actor.MayPlan(inspector.ProvinceCode)) return NotKeeper;
        if (!Enum.IsDefined(kind)) return StepFailure.Invalid("回避事由无效 (unknown kind of conflict)");
        // Platforms of any province: an inspector may have worked for a platform registered elsewhere.
        if (!await db.Platforms.IgnoreQueryFilters().AnyAsync(p => p.Id == platformId, ct)) return StepFailure.Invalid("平台不存在 (no such platform)");
        if (inspector.Conflicts.Any(c => c.PlatformId == platformId)) return inspector;
        inspector.Conflicts.Add(new InspectorConflict
        {
            PlatformId = platformId, Kind = kind, ProvinceCode = inspector.ProvinceCode, DeclaredOn = ChinaTime.Today(clock),
            Note = string.IsNullOrWhiteSpace(note) ? null : IdentityScrubber.Scrub(note.Trim()[..Math.Min(note.Trim().Length, 500)]),
        });
        audit.Add(AuditActions.InspectorConflictDeclared, nameof(Inspector), inspector.Id.ToString(), inspector.ProvinceCode, details: $"platform {platformId}: {kind}");
        await db.SaveChangesAsync(ct);
        return inspector;
    }
}
