using Microsoft.EntityFrameworkCore;
using Regulator.Domain.Auditing;
using Regulator.Domain.Common;
using Regulator.Domain.Persistence;
using Regulator.Domain.Provinces;
using Regulator.Domain.Scoping;

namespace Regulator.Domain.Platforms;

/// <summary>
/// Registers and corrects supervised platforms; the rules a registration must meet live here. Both steps are for
/// administrators and answer with the platform as stored, or a failure: invalid with each field's problem keyed by
/// the <see cref="PlatformDraft"/> property (<c>Name</c>, <c>Uscc</c>, <c>ProvinceCode</c>, and <c>Licence{Kind}</c>
/// for a licence number), refused for anyone else, not found for a platform the actor cannot see.
/// </summary>
public sealed class PlatformRegistry(RegulatorDbContext db, ICurrentActor actor, AuditLog audit, TimeProvider clock)
{
    /// <summary>The refusal of a registration or correction by someone who is not an administrator.</summary>
    public static readonly StepFailure NotAdministrator =
        StepFailure.Refused("只有管理员可以登记或更正平台 (only administrators may register or correct platforms)");

    /// <summary>Registers a new platform; done with it as stored (with its id).</summary>
    public async Task<StepResult<Platform>> RegisterAsync(PlatformDraft draft, CancellationToken ct = default)
    {
        if (!actor.Actor.IsAdministrator) return NotAdministrator;
        var errors = await ValidateAsync(draft, existingId: null, ct);
        if (errors.Count > 0) return StepFailure.Invalid(errors);
        var platform = new Platform { CreatedUtc = clock.GetUtcNow().UtcDateTime };
        Apply(platform, draft);
        db.Platforms.Add(platform);
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync(AuditActions.PlatformCreated, nameof(Platform), platform.Id.ToString(), platform.ProvinceCode, details: platform.Name, ct: ct);
        return platform;
    }

    /// <summary>Corrects a platform the actor can see (the scope filter hides the rest, so they are "not found"); done with it as corrected.</summary>
    public async Task<StepResult<Platform>> CorrectAsync(int id, PlatformDraft draft, CancellationToken ct = default)
    {
        var platform = await db.Platforms.Include(p => p.Licences).FirstOrDefaultAsync(p => p.Id == id, ct);
        if (platform is null) return StepFailure.NotFound;
        if (!actor.Actor.IsAdministrator) return NotAdministrator;
        var errors = await ValidateAsync(draft, id, ct);
        if (errors.Count > 0) return StepFailure.Invalid(errors);
        Apply(platform, draft);
        audit.Add(AuditActions.PlatformUpdated, nameof(Platform), platform.Id.ToString(), platform.ProvinceCode, details: platform.Name);
        await db.SaveChangesAsync(ct);
        return platform;
    }

    private void Apply(Platform platform, PlatformDraft draft)
    {
        platform.Name = draft.Name.Trim();
        platform.Uscc = draft.Uscc.Trim().ToUpperInvariant();
        platform.ProvinceCode = draft.ProvinceCode;
        platform.Agency = draft.Agency;
        platform.Licences.Clear();
        platform.Licences.AddRange(draft.Licences
            .Where(l => !string.IsNullOrWhiteSpace(l.Number))
            .Select(l => new PlatformLicence { Kind = l.Kind, Number = l.Number.Trim(), ValidUntil = l.ValidUntil }));
    }

    private async Task<Dictionary<string, string>> ValidateAsync(PlatformDraft draft, int? existingId, CancellationToken ct)
    {
        var errors = new Dictionary<string, string>();
        if (TextRules.ValidateName(draft.Name, "平台名称", 200) is { } nameError) errors[nameof(draft.Name)] = nameError;
        var uscc = draft.Uscc?.Trim().ToUpperInvariant();
        if (UnifiedSocialCreditCode.Validate(uscc) is { } usccError) errors[nameof(draft.Uscc)] = usccError;
        // Uniqueness is national: look past the province filter, or two provinces could register one company.
        else if (await db.Platforms.IgnoreQueryFilters().AnyAsync(p => p.Uscc == uscc && p.Id != existingId, ct))
            errors[nameof(draft.Uscc)] = "该统一社会信用代码已登记 (a platform with this code is already registered)";
        if (!ProvinceCatalog.IsKnown(draft.ProvinceCode)) errors[nameof(draft.ProvinceCode)] = "请选择登记省份 (choose the province of registration)";
        else if (!actor.IsNational && draft.ProvinceCode != actor.ProvinceCode)
            errors[nameof(draft.ProvinceCode)] = "只能登记本省的平台 (you can register platforms of your own province only)";
        foreach (var licence in draft.Licences.Where(l => !string.IsNullOrWhiteSpace(l.Number)))
            if (TextRules.ValidateName(licence.Number, "许可证编号", 64) is { } licenceError) errors[$"Licence{licence.Kind}"] = licenceError;
        return errors;
    }
}
