using Microsoft.EntityFrameworkCore;
using Regulator.Domain.Auditing;
using Regulator.Domain.Persistence;

namespace Regulator.Domain.Filings;

/// <summary>
/// Opening one filing for a member of staff: the filing with its history, its platform's name and how many other
/// platforms filed the same identity (a count only). Read through the scoped context, so another province's filing
/// is not found, and then nothing is audited. Each opening that shows the record is audited as a view.
/// </summary>
public sealed class FilingRecord(RegulatorDbContext db, AuditLog audit)
{
    /// <summary>What the record page shows.</summary>
    public sealed record View(Filing Filing, string PlatformName, int OtherPlatforms);

    /// <summary>
    /// Null when the reader may not see the filing (or it does not exist). <paramref name="recordView"/> false reads
    /// without auditing, for a page already audited when it was first rendered (the same view, not a second one).
    /// </summary>
    public async Task<View?> OpenAsync(long filingId, bool recordView, CancellationToken ct = default)
    {
        var filing = await db.Filings.AsNoTracking().Include(f => f.History).FirstOrDefaultAsync(f => f.Id == filingId, ct);
        if (filing is null) return null;
        var platformName = await db.Platforms.Where(p => p.Id == filing.PlatformId).Select(p => p.Name).FirstOrDefaultAsync(ct) ?? "";
        var others = await db.IdentityLinks.Where(l => l.BlindIndex == filing.IdentityBlindIndex && l.PlatformId != filing.PlatformId)
            .Select(l => l.PlatformId).Distinct().CountAsync(ct);
        if (recordView) await audit.RecordAsync(AuditActions.FilingViewed, nameof(Filing), filing.Id.ToString(), filing.ProvinceCode, ct: ct);
        return new View(filing, platformName, others);
    }
}
