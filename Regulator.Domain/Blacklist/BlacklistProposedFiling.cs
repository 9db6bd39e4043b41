using Microsoft.EntityFrameworkCore;
using Regulator.Domain.Persistence;

namespace Regulator.Domain.Blacklist;

/// <summary>
/// The filed publisher a proposal started from a case names, as the form shows it: the platform's publisher id and
/// the masked identity, never the number. The province filter hides another province's filing.
/// </summary>
public static class BlacklistProposedFiling
{
    public sealed record Shown(string PlatformPublisherId, string IdentityMasked);

    public static Task<Shown?> FindAsync(RegulatorDbContext db, long filingId, CancellationToken ct = default) =>
        db.Filings.AsNoTracking().Where(f => f.Id == filingId).Select(f => new Shown(f.PlatformPublisherId, f.IdentityMasked)).FirstOrDefaultAsync(ct);
}
