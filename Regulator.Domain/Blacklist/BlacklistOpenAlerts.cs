using Microsoft.EntityFrameworkCore;
using Regulator.Domain.Persistence;
using Regulator.Domain.Platforms;

namespace Regulator.Domain.Blacklist;

/// <summary>
/// The alerts not yet acknowledged that the blacklist page lists on top: filings returned because the filed identity
/// is on the published list. The central filter shows a province the alerts about its own filings only.
/// </summary>
public static class BlacklistOpenAlerts
{
    /// <summary>At most this many, newest first.</summary>
    public const int Shown = 20;

    /// <summary>One alert with the filing platform's name; the identity only masked.</summary>
    public sealed record Row(long Id, DateTime RaisedUtc, int PlatformId, string PlatformName, string PlatformPublisherId, long EntryId);

    public static async Task<IReadOnlyList<Row>> ReadAsync(RegulatorDbContext db, CancellationToken ct = default)
    {
        var alerts = await db.BlacklistFilingAlerts.AsNoTracking().Where(a => a.AcknowledgedUtc == null).OrderByDescending(a => a.RaisedUtc).Take(Shown).ToListAsync(ct);
        var names = await PlatformNames.LookupAsync(db, alerts.Select(a => a.PlatformId), ct);
        return alerts.Select(a => new Row(a.Id, a.RaisedUtc, a.PlatformId, names.GetValueOrDefault(a.PlatformId, $"#{a.PlatformId}"), a.PlatformPublisherId, a.EntryId)).ToList();
    }
}
