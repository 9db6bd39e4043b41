using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Regulator.Domain.Persistence;
using Regulator.Domain.Platforms;

namespace Regulator.Web.Api;

/// <summary>
/// Verifies keys for high-volume calls against active keys cached for <see cref="Lifetime"/>: one database read per
/// key per few seconds instead of one per call. The secret is still hashed and compared in constant time on every
/// call. A revocation takes effect within <see cref="Lifetime"/> on every instance — the same bound as a blacklist
/// change. Unknown prefixes are not cached, so guessing cannot fill memory.
/// </summary>
public sealed class CachedApiKeyVerifier(IServiceScopeFactory scopes, TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(5);

    private sealed record Cached(ApiKeyGrant? Grant, byte[] SecretHash, DateTimeOffset Expires);

    private readonly ConcurrentDictionary<string, Cached> _byPrefix = new();

    public async ValueTask<ApiKeyGrant?> VerifyAsync(string presented, CancellationToken ct)
    {
        if (!ApiKeyIssuer.TryParse(presented, out var prefix, out var secret)) return null;
        if (!_byPrefix.TryGetValue(prefix, out var cached) || cached.Expires <= clock.GetUtcNow())
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<RegulatorDbContext>();
            // Authentication happens before anyone is signed in, so the province filter must not hide the key.
            var key = await db.PlatformApiKeys.IgnoreQueryFilters().AsNoTracking().Include(k => k.Platform).FirstOrDefaultAsync(k => k.Prefix == prefix, ct);
            if (key is null)
            {
                _byPrefix.TryRemove(prefix, out _);
                return null;
            }
            cached = new Cached(key.IsActive ? ApiKeyGrant.Of(key) : null, key.SecretHash, clock.GetUtcNow() + Lifetime);
            _byPrefix[prefix] = cached;
        }
        return cached.Grant is not null && ApiKeyIssuer.SecretMatches(cached.SecretHash, secret) ? cached.Grant : null;
    }
}
