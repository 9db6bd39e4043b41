using Microsoft.EntityFrameworkCore;
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
    /// False when the alert is not found for this reader. Throws <see cref="BlacklistTransitionException"/> for an
    /// actor who is not an administrator. Acknowledging twice keeps the first acknowledgement.
    /// </summary>
    public async Task<bool> AcknowledgeAsync(long alertId, Actor actor, CancellationToken ct = default)
    {
        if (actor.Kind is not (ActorKind.ProvincialAdministrator or ActorKind.NationalAdministrator))
            throw new BlacklistTransitionException("只有管理员可以确认提醒 (only administrators may acknowledge an alert)");
        if (await db.BlacklistFilingAlerts.FirstOrDefaultAsync(a => a.Id == alertId, ct) is not { } alert) return false;
        if (actor.Kind == ActorKind.ProvincialAdministrator && alert.ProvinceCode != actor.ProvinceCode) return false;
        alert.AcknowledgedUtc ??= clock.GetUtcNow().UtcDateTime;
        alert.AcknowledgedBy ??= actor.Name;
        await db.SaveChangesAsync(ct);
        return true;
    }
}
