using Microsoft.EntityFrameworkCore;
using Regulator.Domain.Common;
using Regulator.Domain.Persistence;
using Regulator.Domain.Identity;

namespace Regulator.Domain.Blacklist;

/// <summary>
/// An administrator of the filing's province (or of the national office) acknowledges an alert that a filing was
/// returned because its identity is on the list. Another province's alert is hidden by the central filter.
/// </summary>
public sealed class BlacklistAlertAcknowledgement(RegulatorDbContext db, TimeProvider clock)
{
    /// <summary>
    /// Done with the alert as acknowledged. Refused for an actor who is not an administrator; not found when the alert
    /// is not visible to this reader (another province's). Acknowledging twice keeps the first acknowledgement.
    /// </summary>
    public async Task<StepResult<BlacklistFilingAlert>> AcknowledgeAsync(long alertId, Actor actor, CancellationToken ct = default)
    {
        if (actor.Kind is not (ActorKind.ProvincialAdministrator or ActorKind.NationalAdministrator))
            return StepFailure.Refused("只有管理员可以确认提醒 (only administrators may acknowledge an alert)");
        if (await db.BlacklistFilingAlerts.FirstOrDefaultAsync(a => a.Id == alertId, ct) is not { } alert) return StepFailure.NotFound;
        if (actor.Kind == ActorKind.ProvincialAdministrator && alert.ProvinceCode != actor.ProvinceCode) return StepFailure.NotFound;
        alert.AcknowledgedUtc ??= clock.GetUtcNow().UtcDateTime;
        alert.AcknowledgedBy ??= actor.Name;
        await db.SaveChangesAsync(ct);
        return alert;
    }
}
