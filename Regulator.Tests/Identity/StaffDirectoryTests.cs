using Microsoft.EntityFrameworkCore;
using Regulator.Domain.Auditing;
using Regulator.Domain.Common;
using Regulator.Domain.Identity;
using Regulator.Tests.Infrastructure;

namespace Regulator.Tests.Identity;

/// <summary>
/// The staff administration steps, called directly as the user-edit page's buttons run them: each checks its own
/// permission (an inspector is refused), another province's account is not found, and a form's problems come back
/// per field in both languages, Identity's password rules included. Nothing is saved or audited unless done.
/// </summary>
public sealed class StaffDirectoryTests(ProviderPortals portals) : IClassFixture<ProviderPortals>
{
    private static StaffDraft Draft(string userName, string? password = "Another-Passw0rd!", string province = "11") =>
        new(userName, "新同事", RegulatorRoles.ProvincialInspector, Agency.Cyberspace, province, password);

    [Theory, BothProviders]
    public async Task An_inspector_is_refused_by_the_staff_steps_themselves(DatabaseProvider provider)
    {
        var portal = portals[provider];
        var colleague = await IdOfAsync(portal, await portal.CreateUserAsync(RegulatorRoles.ProvincialInspector, "11"));
        var userName = $"refused.{Guid.NewGuid():N}"[..20];

        Assert.Equal(StepStatus.Refused, (await portal.AsAsync<StaffDirectory, StepResult<RegulatorUser>>("bj.inspector", (staff, _) => staff.CreateAsync(Draft(userName)))).Status);
        Assert.Equal(StepStatus.Refused, (await portal.AsAsync<StaffDirectory, StepResult<RegulatorUser>>("bj.inspector", (staff, _) => staff.SetLockedAsync(colleague, true))).Status);
        Assert.Equal(StepStatus.Refused, (await portal.AsAsync<StaffDirectory, StepResult<RegulatorUser>>("bj.inspector", (staff, _) => staff.UpdateAsync(colleague, Draft("ignored")))).Status);

        await using var db = portal.CreateDbContext();
        Assert.False(await db.Users.AnyAsync(u => u.UserName == userName));
        Assert.Null((await db.Users.SingleAsync(u => u.Id == colleague)).LockoutEnd);
    }

    [Theory, BothProviders]
    public async Task Another_provinces_account_is_not_found_to_lock_or_correct(DatabaseProvider provider)
    {
        var portal = portals[provider];
        var guangdong = await IdOfAsync(portal, await portal.CreateUserAsync(RegulatorRoles.ProvincialInspector, "44"));

        Assert.Equal(StepStatus.NotFound, (await portal.AsAsync<StaffDirectory, StepResult<RegulatorUser>>("bj.admin", (staff, _) => staff.SetLockedAsync(guangdong, true))).Status);
        Assert.Equal(StepStatus.NotFound, (await portal.AsAsync<StaffDirectory, StepResult<RegulatorUser>>("bj.admin",
            (staff, _) => staff.UpdateAsync(guangdong, Draft("ignored", null, "11")))).Status);

        await using var db = portal.CreateDbContext();
        var account = await db.Users.SingleAsync(u => u.Id == guangdong);
        Assert.Equal(("44", null), (account.ProvinceCode, account.LockoutEnd));
        Assert.False(await db.AuditEntries.AnyAsync(a => a.RecordId == guangdong));
    }

    [Theory, BothProviders]
    public async Task A_form_with_problems_names_each_field_and_a_valid_one_is_created_locked_and_audited(DatabaseProvider provider)
    {
        var portal = portals[provider];
        var userName = $"new.{Guid.NewGuid():N}"[..16];

        var invalid = await portal.AsAsync<StaffDirectory, StepResult<RegulatorUser>>("bj.admin", (staff, _) => staff.CreateAsync(Draft("no spaces allowed", null, "44")));
        Assert.Equal(StepStatus.Invalid, invalid.Status);
        Assert.Equal([nameof(StaffDraft.Password), nameof(StaffDraft.ProvinceCode), nameof(StaffDraft.UserName)], invalid.Failure!.FieldErrors.Keys.Order());
        Assert.Equal(StaffErrors.ProvinceNotYours, invalid.Failure.FieldErrors[nameof(StaffDraft.ProvinceCode)]);
        var weak = await portal.AsAsync<StaffDirectory, StepResult<RegulatorUser>>("bj.admin", (staff, _) => staff.CreateAsync(Draft(userName, "short")));
        Assert.Contains("密码", weak.Failure!.FieldErrors[nameof(StaffDraft.Password)]);

        var created = await portal.AsAsync<StaffDirectory, StepResult<RegulatorUser>>("bj.admin", (staff, _) => staff.CreateAsync(Draft(userName)));
        Assert.Equal((userName, "11"), (created.Value.UserName, created.Value.ProvinceCode));
        var locked = await portal.AsAsync<StaffDirectory, StepResult<RegulatorUser>>("bj.admin", (staff, _) => staff.SetLockedAsync(created.Value.Id, true));
        Assert.NotNull(locked.Value.LockoutEnd);

        await using var db = portal.CreateDbContext();
        Assert.Equal([AuditActions.UserCreated, AuditActions.UserLocked],
            await db.AuditEntries.Where(a => a.RecordId == created.Value.Id).OrderBy(a => a.Id).Select(a => a.Action).ToListAsync());
    }

    private static async Task<string> IdOfAsync(PortalFactory portal, string userName)
    {
        await using var db = portal.CreateDbContext();
        return await db.Users.Where(u => u.UserName == userName).Select(u => u.Id).SingleAsync();
    }
}
