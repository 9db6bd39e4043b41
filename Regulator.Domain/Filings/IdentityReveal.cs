using Microsoft.EntityFrameworkCore;
using Regulator.Domain.Auditing;
using Regulator.Domain.Persistence;
using Regulator.Domain.Protection;

namespace Regulator.Domain.Filings;

/// <summary>
/// Shows an identity number in clear to someone allowed to see it, for a stated reason, and writes the reveal
/// (who, which filing, which number, why) to the audit log before returning it. The caller shows it in that
/// response only and never stores it.
/// </summary>
public sealed class IdentityReveal(RegulatorDbContext db, AuditedReveal reveal)
{
    /// <summary>Null when the filing is not visible or has no such number.</summary>
    public async Task<string?> RevealAsync(long filingId, IdentityField field, string? reason, CancellationToken ct = default)
    {
        var text = FilingRules.CheckStatedReason(reason);

        var filing = await db.Filings.AsNoTracking()
            .Where(f => f.Id == filingId)
            .Select(f => new { f.ProvinceCode, Ciphertext = field == IdentityField.Publisher ? f.IdentityCiphertext : f.GuardianIdentityCiphertext })
            .FirstOrDefaultAsync(ct);
        if (filing?.Ciphertext is null) return null;
        return await reveal.RevealAsync(AuditActions.IdentityRevealed, nameof(Filing), filingId, filing.ProvinceCode, text, $"{field} identity number", filing.Ciphertext, ct);
    }
}
