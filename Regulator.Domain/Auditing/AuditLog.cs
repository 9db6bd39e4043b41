using Regulator.Domain.Persistence;
using Regulator.Domain.Scoping;

namespace Regulator.Domain.Auditing;

/// <summary>Writes audit entries stamped with the current actor, the time and the caller's address.</summary>
public sealed class AuditLog(RegulatorDbContext db, ICurrentActor actor, TimeProvider clock)
{
    /// <summary>Adds an entry to the unit of work; it is saved with the change it describes.</summary>
    public AuditEntry Add(string action, string? recordType = null, string? recordId = null,
        string? provinceCode = null, string? reason = null, string? details = null)
    {
        var entry = new AuditEntry
        {
            OccurredUtc = clock.GetUtcNow().UtcDateTime,
            UserId = actor.UserId,
            UserName = actor.UserName,
            IpAddress = actor.IpAddress,
            Action = action,
            RecordType = recordType,
            RecordId = recordId,
            ProvinceCode = provinceCode,
            Reason = reason,
            Details = details,
        };
        db.AuditEntries.Add(entry);
        return entry;
    }

    /// <summary>Records an event that changes nothing else (a sign-in, a reveal) and saves at once.</summary>
    public async Task RecordAsync(string action, string? recordType = null, string? recordId = null,
        string? provinceCode = null, string? reason = null, string? details = null, CancellationToken ct = default)
    {
        Add(action, recordType, recordId, provinceCode, reason, details);
        await db.SaveChangesAsync(ct);
    }
}
