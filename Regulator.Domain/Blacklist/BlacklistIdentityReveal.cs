using Microsoft.EntityFrameworkCore;
using Regulator.Domain.Auditing;
using Regulator.Domain.Common;
using Regulator.Domain.Persistence;
using Regulator.Domain.Protection;
using Regulator.Domain.Identity;

namespace Regulator.Domain.Blacklist;

/// <summary>
/// Shows an entry's identity number in clear to an administrator who may see it — the national office, or the
/// proposing province's administrators — for a stated reason, writing the reveal to the audit log before returning
/// it. Other provinces read published entries masked only.
/// </summary>
public sealed class BlacklistIdentityReveal(RegulatorDbContext db, AuditedReveal reveal)
{
    public static bool MayReveal(Actor? actor, string entryProvinceCode) =>
        actor?.MayAdminister(entryProvinceCode) == true;

    /// <summary>
    /// Done with the number in clear. Invalid (field <c>reason</c>) without an acceptable reason; not found when the
    /// entry is not visible to the actor; refused for anyone but the national office or the proposing province's
    /// administrators. Nothing is decrypted or audited unless it is done.
    /// </summary>
    public async Task<StepResult<string>> RevealAsync(long entryId, Actor actor, string? reason, CancellationToken ct = default)
    {
        if (StatedReason.Refusal(reason, out var stated) is { } invalid) return invalid;
        var entry = await db.BlacklistEntries.AsNoTracking().Where(e => e.Id == entryId)
            .Select(e => new { e.ProvinceCode, e.IdentityCiphertext }).FirstOrDefaultAsync(ct);
        if (entry is null) return StepFailure.NotFound;
        if (!MayReveal(actor, entry.ProvinceCode))
            return StepFailure.Refused("只有国家级管理员或提出省份的管理员可以查看完整号码 (only the national office or the proposing province's administrators may see the number)");
        return await reveal.RevealAsync(AuditActions.BlacklistIdentityRevealed, nameof(BlacklistEntry), entryId, entry.ProvinceCode, stated, "identity number",
            entry.IdentityCiphertext, ct);
    }
}
