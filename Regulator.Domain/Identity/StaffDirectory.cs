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
/// staff of their own province. Each step is done with the account as saved, or fails: refused for anyone but an
/// administrator, not found for an account outside <see cref="Visible"/>, invalid with each field's problem
/// (<see cref="StaffErrors"/>) keyed by the <see cref="StaffDraft"/> property.
/// </summary>
public sealed class StaffDirectory(UserManager<RegulatorUser> users, ICurrentActor actor, AuditLog audit, TimeProvider clock)
{
    public IQueryable<RegulatorUser> Visible() => VisibleTo(users.Users, actor);

    /// <summary>The accounts <paramref name="actor"/> may see and manage: all for national staff, else provincial staff of their province.</summary>
    public static IQueryable<RegulatorUser> VisibleTo(IQueryable<RegulatorUser> accounts, ICurrentActor actor) =>
        actor.IsNational ? accounts : accounts.Where(u => u.ProvinceCode != null && u.ProvinceCode == actor.ProvinceCode);

    /// <summary>The account with <paramref name="id"/> if the actor may manage it; null otherwise (a read for the form).</summary>
    public async Task<RegulatorUser?> FindAsync(string id, CancellationToken ct = default) =>
        await Visible().FirstOrDefaultAsync(u => u.Id == id, ct);

    /// <summary>The account's role (staff hold exactly one).</summary>
    public async Task<string> RoleOfAsync(RegulatorUser user) => (await users.GetRolesAsync(user)).FirstOrDefault() ?? "";

    /// <summary>Roles the current administrator may hand out.</summary>
    public IReadOnlyList<string> AssignableRoles() =>
        actor.IsNational ? RegulatorRoles.All : [RegulatorRoles.ProvincialAdmin, RegulatorRoles.ProvincialInspector];

    /// <summary>Creates an account with its initial password and role; done with the new account.</summary>
    public async Task<StepResult<RegulatorUser>> CreateAsync(StaffDraft draft, CancellationToken ct = default)
    {
        if (!actor.Actor.IsAdministrator) return StepFailure.Refused(StaffErrors.NotAdministrator);
        var errors = Validate(draft);
        if (string.IsNullOrEmpty(draft.Password)) errors[nameof(draft.Password)] = StaffErrors.PasswordRequired;
        if (errors.Count > 0) return StepFailure.Invalid(errors);
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
                errors[e.Code.Contains("Password") ? nameof(draft.Password) : nameof(draft.UserName)] = StaffErrors.OfIdentity(e.Code);
            return StepFailure.Invalid(errors);
        }
        await users.AddToRoleAsync(user, draft.Role);
        await audit.RecordAsync(AuditActions.UserCreated, "User", user.Id, user.ProvinceCode, details: $"{user.UserName} {draft.Role}", ct: ct);
        return user;
    }

    /// <summary>
    /// Corrects an account's name, agency, role and province (the user name stays); its sessions end, so a changed
    /// role or province reaches its cookie. Done with the account as saved.
    /// </summary>
    public async Task<StepResult<RegulatorUser>> UpdateAsync(string id, StaffDraft draft, CancellationToken ct = default)
    {
        if (!actor.Actor.IsAdministrator) return StepFailure.Refused(StaffErrors.NotAdministrator);
        if (await FindAsync(id, ct) is not { } user) return StepFailure.NotFound;
        var errors = Validate(draft with { UserName = user.UserName! });
        if (errors.Count > 0) return StepFailure.Invalid(errors);
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
        return user;
    }

    /// <summary>Locks (indefinitely) or unlocks an account; its sessions end. Done with the account as saved.</summary>
    public async Task<StepResult<RegulatorUser>> SetLockedAsync(string id, bool locked, CancellationToken ct = default)
    {
        if (!actor.Actor.IsAdministrator) return StepFailure.Refused(StaffErrors.NotAdministrator);
        if (await FindAsync(id, ct) is not { } user) return StepFailure.NotFound;
        await users.SetLockoutEndDateAsync(user, locked ? DateTimeOffset.MaxValue : null);
        if (!locked) await users.ResetAccessFailedCountAsync(user);
        await users.UpdateSecurityStampAsync(user);
        await audit.RecordAsync(locked ? AuditActions.UserLocked : AuditActions.UserUnlocked, "User", user.Id, user.ProvinceCode, details: user.UserName, ct: ct);
        return user;
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
