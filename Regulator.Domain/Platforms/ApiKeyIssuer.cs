using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Regulator.Domain.Auditing;
using Regulator.Domain.Common;
using Regulator.Domain.Persistence;
using Regulator.Domain.Scoping;

namespace Regulator.Domain.Platforms;

/// <summary>
/// Issues, verifies and revokes platform API keys of the form <c>rgk_{prefix}_{secret}</c>. Issuing and revoking are
/// for administrators (and the system): refused (<see cref="NotAdministrator"/>) for anyone else, with nothing stored.
/// </summary>
public sealed class ApiKeyIssuer(RegulatorDbContext db, AuditLog audit, TimeProvider clock, ICurrentActor actor)
{
    /// <summary>A key as issued: the stored record and the plain key, which is in this answer only.</summary>
    public sealed record IssuedKey(PlatformApiKey Key, string PlainText);

    /// <summary>Refusal of the issuing and revoking steps.</summary>
    public static readonly StepFailure NotAdministrator =
        StepFailure.Refused("只有管理员可以签发或吊销平台密钥 (only administrators may issue or revoke platform keys)");

    /// <summary>
    /// Issues a key for a platform the actor can see, by id (the page's step); not found when the platform is not
    /// visible. The plain key is in the answer only: it is never stored or shown again.
    /// </summary>
    public async Task<StepResult<IssuedKey>> IssueAsync(int platformId, string label, PlatformApiScopes scopes, CancellationToken ct = default)
    {
        if (!actor.Actor.IsAdministrator) return NotAdministrator;
        return await db.Platforms.FirstOrDefaultAsync(p => p.Id == platformId, ct) is { } platform
            ? await IssueAsync(platform, label.Trim(), scopes, actor.UserName, ct)
            : StepFailure.NotFound;
    }

    /// <summary>Revokes one key of a platform the actor can see; done with the revoked key, not found when the platform or key is not visible.</summary>
    public async Task<StepResult<PlatformApiKey>> RevokeAsync(int platformId, int keyId, CancellationToken ct = default)
    {
        if (!actor.Actor.IsAdministrator) return NotAdministrator;
        // Through the platform, which the province filter hides when it is another province's.
        var key = await db.Platforms.Where(p => p.Id == platformId).SelectMany(p => p.ApiKeys).Include(k => k.Platform)
            .FirstOrDefaultAsync(k => k.Id == keyId, ct);
        return key is null ? StepFailure.NotFound : await RevokeAsync(key, ct);
    }

    /// <summary>Issues a key for <paramref name="platform"/> (set-up and tests, as the system or an administrator), credited to <paramref name="issuedBy"/>.</summary>
    public async Task<StepResult<IssuedKey>> IssueAsync(Platform platform, string label, PlatformApiScopes scopes, string? issuedBy, CancellationToken ct = default)
    {
        if (!actor.Actor.IsAdministrator) return NotAdministrator;
        var prefix = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6));
        var secret = Base64Url(RandomNumberGenerator.GetBytes(32));
        var key = new PlatformApiKey
        {
            PlatformId = platform.Id,
            Label = label,
            Prefix = prefix,
            SecretHash = Hash(secret),
            Scopes = scopes,
            CreatedUtc = clock.GetUtcNow().UtcDateTime,
            CreatedBy = issuedBy,
        };
        db.PlatformApiKeys.Add(key);
        audit.Add(AuditActions.ApiKeyIssued, nameof(Platform), platform.Id.ToString(), platform.ProvinceCode, details: $"key {prefix} ({label}) scopes {scopes}");
        await db.SaveChangesAsync(ct);
        return new IssuedKey(key, $"rgk_{prefix}_{secret}");
    }

    /// <summary>Revokes <paramref name="key"/>; done with it (revoking a revoked key changes nothing and audits nothing).</summary>
    public async Task<StepResult<PlatformApiKey>> RevokeAsync(PlatformApiKey key, CancellationToken ct = default)
    {
        if (!actor.Actor.IsAdministrator) return NotAdministrator;
        if (!key.IsActive) return key;
        key.RevokedUtc = clock.GetUtcNow().UtcDateTime;
        audit.Add(AuditActions.ApiKeyRevoked, nameof(Platform), key.PlatformId.ToString(), key.Platform?.ProvinceCode, details: $"key {key.Prefix}");
        await db.SaveChangesAsync(ct);
        return key;
    }

    /// <summary>The active key matching a presented bearer value, or null. Compares hashes in constant time.</summary>
    public async Task<PlatformApiKey?> VerifyAsync(string presented, CancellationToken ct = default)
    {
        if (!TryParse(presented, out var prefix, out var secret)) return null;
        // Authentication happens before anyone is signed in, so the province filter must not hide the key.
        var key = await db.PlatformApiKeys.IgnoreQueryFilters().Include(k => k.Platform)
            .FirstOrDefaultAsync(k => k.Prefix == prefix, ct);
        if (key is null || !key.IsActive) return null;
        return SecretMatches(key.SecretHash, secret) ? key : null;
    }

    /// <summary>Splits <c>rgk_{prefix}_{secret}</c>; false for anything else.</summary>
    public static bool TryParse(string presented, out string prefix, out string secret)
    {
        var parts = presented.Split('_', 3);
        var valid = parts.Length == 3 && parts[0] == "rgk" && parts[1].Length == 12;
        (prefix, secret) = valid ? (parts[1], parts[2]) : ("", "");
        return valid;
    }

    public static bool SecretMatches(byte[] secretHash, string secret) => CryptographicOperations.FixedTimeEquals(secretHash, Hash(secret));

    private static byte[] Hash(string secret) => SHA256.HashData(Encoding.UTF8.GetBytes(secret));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
