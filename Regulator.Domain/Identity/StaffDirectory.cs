using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Regulator.Domain.Auditing;
using Regulator.Domain.Common;
using Regulator.Domain.Provinces;
using Regulator.Domain.Scoping;

namespace Regulator.Domain.Identity;

/// <summary>
/// Staff accounts as administrators manage them. Identity's own store must see every user (sign-in happens
/// before anyone has a scope), so users are not under the global province filter; instead every read and
/// write here goes through <see cref="Visible"/>, and a provincial administrator manages only provincial
/// staff of their own province.
/// </summary>
public sealed class StaffDirectory(UserManager<RegulatorUser> users, ICurrentActor actor, AuditLog audit, TimeProvider clock)
{
    public IQueryable<RegulatorUser> Visible() => VisibleTo(users.Users, actor);

    /// <summary>The accounts <paramref name="actor"/> may see and manage: all for national staff, else provincial staff of their province.</summary>
    public static IQueryable<RegulatorUser> VisibleTo(IQueryable<RegulatorUser> accounts, ICurrentActor actor) =>
        actor.IsNational ? accounts : accounts.Where(u => u.ProvinceCode != null && u.ProvinceCode == actor.ProvinceCode);

    public async Task<RegulatorUser?> FindAsync(string id, CancellationToken ct = default) =>
        await Visible().FirstOrDefaultAsync(u => u.Id == id, ct);

    /// <summary>The account's role (staff hold exactly one).</summary>
    public async Task<string> RoleOfAsync(RegulatorUser user) => (await users.GetRolesAsync(user)).FirstOrDefault() ?? "";

    /// <summary>Roles the current administrator may hand out.</summary>
    public IReadOnlyList<string> AssignableRoles() =>
        actor.IsNational ? RegulatorRoles.All : [RegulatorRoles.ProvincialAdmin, RegulatorRoles.ProvincialInspector];

    /// <summary>Creates an account; errors are <see cref="StaffErrors"/> codes by field name, for the page to word.</summary>
    public async Task<(RegulatorUser? User, Dictionary<string, string> Errors)> CreateAsync(StaffDraft draft, CancellationToken ct = default)
    {
        var errors = Validate(draft);
        if (string.IsNullOrEmpty(draft.Password)) errors[nameof(draft.Password)] = StaffErrors.PasswordRequired;
        if (errors.Count > 0) return (null, errors);
        var user = new RegulatorUser
        {
            UserName = draft.UserName.Trim(),
            DisplayName = draft.DisplayName.Trim(),
            Agency = draft.Agency,
            ProvinceCode = RegulatorRoles.IsNational(draft.Role) ? null : draft.ProvinceCode,
            CreatedUtc = clock.GetUtcNow().UtcDateTime,
        };
        var created = await users.CreateAsync(user, draft.Password!);
        if (!created.Succeeded)
        {
            foreach (var e in created.Errors)
                errors[e.Code.Contains("Password") ? nameof(draft.Password) : nameof(draft.UserName)] = StaffErrors.IdentityPrefix + e.Code;
            return (null, errors);
        }
        await users.AddToRoleAsync(user, draft.Role);
        await audit.RecordAsync(AuditActions.UserCreated, "User", user.Id, user.ProvinceCode, details: $"{user.UserName} {draft.Role}", ct: ct);
        return (user, errors);
    }

    public async Task<Dictionary<string, string>> UpdateAsync(RegulatorUser user, StaffDraft draft, CancellationToken ct = default)
    {
        var errors = Validate(draft with { UserName = user.UserName! });
        if (errors.Count > 0) return errors;
        user.DisplayName = draft.DisplayName.Trim();
        user.Agency = draft.Agency;
        user.ProvinceCode = RegulatorRoles.IsNational(draft.Role) ? null : draft.ProvinceCode;
        await users.UpdateAsync(user);
        var current = await users.GetRolesAsync(user);
        if (!current.SequenceEqual([draft.Role]))
        {
            await users.RemoveFromRolesAsync(user, current);
            await users.AddToRoleAsync(user, draft.Role);
        }
        // Role or province changes must reach the user's cookie, so existing sessions are invalidated.
        await users.UpdateSecurityStampAsync(user);
        await audit.RecordAsync(AuditActions.UserUpdated, "User", user.Id, user.ProvinceCode, details: $"{user.UserName} {draft.Role} {user.ProvinceCode}", ct: ct);
        return errors;
    }

    public async Task SetLockedAsync(RegulatorUser user, bool locked, CancellationToken ct = default)
    {
        await users.SetLockoutEndDateAsync(user, locked ? DateTimeOffset.MaxValue : null);
        if (!locked) await users.ResetAccessFailedCountAsync(user);
        await users.UpdateSecurityStampAsync(user);
        await audit.RecordAsync(locked ? AuditActions.UserLocked : AuditActions.UserUnlocked, "User", user.Id, user.ProvinceCode, details: user.UserName, ct: ct);
    }

    private Dictionary<string, string> Validate(StaffDraft draft)
    {
        var errors = new Dictionary<string, string>();
        if (string.IsNullOrWhiteSpace(draft.UserName) || draft.UserName.Length > 64 || !draft.UserName.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_'))
            errors[nameof(draft.UserName)] = StaffErrors.UserNameInvalid;
        if (TextRules.ValidateName(draft.DisplayName, "姓名", 100) is not null) errors[nameof(draft.DisplayName)] = StaffErrors.DisplayNameInvalid;
        if (!AssignableRoles().Contains(draft.Role)) errors[nameof(draft.Role)] = StaffErrors.RoleNotAssignable;
        else if (!RegulatorRoles.IsNational(draft.Role))
        {
            if (!ProvinceCatalog.IsKnown(draft.ProvinceCode)) errors[nameof(draft.ProvinceCode)] = StaffErrors.ProvinceRequired;
            else if (!actor.IsNational && draft.ProvinceCode != actor.ProvinceCode)
                errors[nameof(draft.ProvinceCode)] = StaffErrors.ProvinceNotYours;
        }
        return errors;
    }
}
