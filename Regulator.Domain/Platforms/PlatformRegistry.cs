using Microsoft.EntityFrameworkCore;
using Regulator.Domain.Auditing;
using Regulator.Domain.Common;
using Regulator.Domain.Persistence;
using Regulator.Domain.Provinces;
using Regulator.Domain.Scoping;

namespace Regulator.Domain.Platforms;

/// <summary>Registers and corrects supervised platforms; the rules a registration must meet live here.</summary>
public sealed class PlatformRegistry(RegulatorDbContext db, ICurrentActor actor, AuditLog audit, TimeProvider clock)
{
    public sealed record Result(Platform? Platform, IReadOnlyDictionary<string, string> Errors)
    {
        public bool Succeeded => Errors.Count == 0;
    }

    /// <summary>The key of <see cref="Result.Errors"/> under which a non-administrator is refused.</summary>
    public const string PermissionError = "Permission";

    private static readonly IReadOnlyDictionary<string, string> NotAdministrator = new Dictionary<string, string>
    {
        [PermissionError] = "只有管理员可以登记或更正平台 (only administrators may register or correct platforms)",
    };

    public async Task<Result> RegisterAsync(PlatformDraft draft, CancellationToken ct = default)
    {
        if (!actor.Actor.IsAdministrator) return new Result(null, NotAdministrator);
        var errors = await ValidateAsync(draft, existingId: null, ct);
        if (errors.Count > 0) return new Result(null, errors);
        var platform = new Platform { CreatedUtc = clock.GetUtcNow().UtcDateTime };
        Apply(platform, draft);
        db.Platforms.Add(platform);
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync(AuditActions.PlatformCreated, nameof(Platform), platform.Id.ToString(), platform.ProvinceCode, details: platform.Name, ct: ct);
        return new Result(platform, errors);
    }

    /// <summary>Corrects a platform the actor can see (the scope filter hides the rest, so they are "not found").</summary>
    public async Task<Result?> CorrectAsync(int id, PlatformDraft draft, CancellationToken ct = default)
    {
        var platform = await db.Platforms.Include(p => p.Licences).FirstOrDefaultAsync(p => p.Id == id, ct);
        if (platform is null) return null;
        if (!actor.Actor.IsAdministrator) return new Result(null, NotAdministrator);
        var errors = await ValidateAsync(draft, id, ct);
        if (errors.Count > 0) return new Result(platform, errors);
        Apply(platform, draft);
        audit.Add(AuditActions.PlatformUpdated, nameof(Platform), platform.Id.ToString(), platform.ProvinceCode, details: platform.Name);
        await db.SaveChangesAsync(ct);
        return new Result(platform, errors);
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
