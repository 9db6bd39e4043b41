using Microsoft.EntityFrameworkCore;
using Regulator.Domain.Auditing;
using Regulator.Domain.Common;
using Regulator.Domain.Persistence;

namespace Regulator.Domain.Blacklist;

/// <summary>
/// Moves published entries whose last day has passed to Expired and tells the feed. Checks never wait for this —
/// each instance's copy already ignores a standing past its end date — but the entry's state, its history and the
/// platforms' feed must say so too. Safe to run on several instances at once: the feed lock serialises them and the
/// entry's revision stops a second instance from expiring what the first already did.
/// </summary>
public sealed class BlacklistExpiry(RegulatorDbContext db, BlacklistFeedWriter feed, AuditLog audit, TimeProvider clock)
{
    private const int BatchSize = 500;

    /// <summary>Expires one batch of due entries; returns how many, so a caller can loop until none are left.</summary>
    public async Task<int> ExpireDueAsync(CancellationToken ct = default)
    {
        var today = ChinaTime.Today(clock);
        // The portal itself acts here, for every province.
        var due = await db.BlacklistEntries.IgnoreQueryFilters()
            .Where(e => e.State == BlacklistState.Published && e.EndsOn < today)
            .OrderBy(e => e.EndsOn).ThenBy(e => e.Id).Take(BatchSize).ToListAsync(ct);
        if (due.Count == 0) return 0;
        try
        {
            return await feed.ChangeAsync(due.Select(e => e.IdentityBlindIndex), async () =>
            {
                var now = clock.GetUtcNow().UtcDateTime;
                foreach (var entry in due)
                {
                    // Chosen above as published and past their last day, so none refuses.
                    entry.Expire(today, now);
                    audit.Add(AuditActions.BlacklistExpired, nameof(BlacklistEntry), entry.Id.ToString(), entry.ProvinceCode,
                        reason: entry.History[^1].Reason, details: $"{entry.Severity} {entry.IdentityMasked}");
                }
                await db.SaveChangesAsync(ct);
                return due.Count;
            }, ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Another instance expired (or someone lifted) one of these first; the next sweep starts from what is left.
            db.ChangeTracker.Clear();
            return 0;
        }
    }
}
