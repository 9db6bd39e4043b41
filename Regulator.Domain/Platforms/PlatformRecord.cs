using Microsoft.EntityFrameworkCore;
using Regulator.Domain.Auditing;
using Regulator.Domain.Persistence;

namespace Regulator.Domain.Platforms;

/// <summary>
/// Opening one platform's record for a member of staff: the platform with its licences and API keys (hashes never
/// leave the domain: the page reads label, prefix, scopes and dates). Read through the scoped context, so another
/// province's platform is not found, and then nothing is audited. Each opening that shows the record is audited as a view.
/// </summary>
public sealed class PlatformRecord(RegulatorDbContext db, AuditLog audit)
{
    /// <summary>
    /// Null when the reader may not see the platform (or it does not exist). <paramref name="recordView"/> false reads
    /// without auditing: the edit form, or a page already audited when it was first rendered (the same view).
    /// </summary>
    public async Task<Platform?> OpenAsync(int platformId, bool recordView, CancellationToken ct = default)
    {
        var platform = await db.Platforms.AsNoTracking().AsSplitQuery().Include(p => p.Licences).Include(p => p.ApiKeys)
            .FirstOrDefaultAsync(p => p.Id == platformId, ct);
        if (platform is not null && recordView)
            await audit.RecordAsync(AuditActions.PlatformViewed, nameof(Platform), platform.Id.ToString(), platform.ProvinceCode, ct: ct);
        return platform;
    }
}
