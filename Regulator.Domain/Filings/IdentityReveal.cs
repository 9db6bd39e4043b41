using Microsoft.EntityFrameworkCore;
using Regulator.Domain.Auditing;
using Regulator.Domain.Common;
using Regulator.Domain.Persistence;
using Regulator.Domain.Protection;
using Regulator.Domain.Identity;

namespace Regulator.Domain.Filings;

/// <summary>
/// Shows an identity number in clear to someone allowed to see it, for a stated reason, and writes the reveal
/// (who, which filing, which number, why) to the audit log before returning it. The caller shows it in that
/// response only and never stores it.
/// </summary>
public sealed class IdentityReveal(RegulatorDbContext db, AuditedReveal reveal)
{
    /// <summary>
    /// Done with the number in clear. Refused when <paramref name="actor"/> is not an administrator and invalid (field
    /// <c>reason</c>) without an acceptable reason — nothing is decrypted or audited then; not found when the filing is
    /// not visible or has no such number.
    /// </summary>
    public async Task<StepResult<string>> RevealAsync(long filingId, IdentityField field, string? reason, Actor actor, CancellationToken ct = default)
    {
        if (!actor.IsAdministrator)
            return StepFailure.Refused("只有管理员可以查看完整证件号码 (only administrators may see an identity number in clear)");
        if (StatedReason.Refusal(reason, out var text) is { } invalid) return invalid;

        var filing = await db.Filings.AsNoTracking()
            .Where(f => f.Id == filingId)
            .Select(f => new { f.ProvinceCode, Ciphertext = field == IdentityField.Publisher ? f.IdentityCiphertext : f.GuardianIdentityCiphertext })
            .FirstOrDefaultAsync(ct);
        if (filing?.Ciphertext is null) return StepFailure.NotFound;
        return await reveal.RevealAsync(AuditActions.IdentityRevealed, nameof(Filing), filingId, filing.ProvinceCode, text, $"{field} identity number", filing.Ciphertext, ct);
    }
}
