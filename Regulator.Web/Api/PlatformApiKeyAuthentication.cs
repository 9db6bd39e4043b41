using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using Regulator.Domain.Auditing;
using Regulator.Domain.Identity;
using Regulator.Domain.Persistence;
using Regulator.Domain.Platforms;
using Regulator.Web.Identity;

namespace Regulator.Web.Api;

/// <summary>
/// <c>Authorization: Bearer rgk_…</c> for platform clients. Every successful use is written to the audit log and
/// stamps the key's last use, so an administrator can see which keys are live before revoking. Calls marked
/// <see cref="AggregatedKeyUseAudit"/> (the blacklist check) are verified against a briefly cached key and audited
/// in aggregate, because a database read and an audit row per call would cap them far below what platforms need.
/// </summary>
public sealed class PlatformApiKeyAuthentication(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder,
    CachedApiKeyVerifier cachedKeys, ApiKeyUseMeter useMeter, TimeProvider clock)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "PlatformApiKey";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        string? header = Request.Headers.Authorization;
        if (header is null || !header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)) return AuthenticateResult.NoResult();
        var presented = header["Bearer ".Length..].Trim();

        var endpoint = Context.GetEndpoint();
        var grant = endpoint?.Metadata.GetMetadata<AggregatedKeyUseAudit>() is not null
            ? await VerifyAggregatedAsync(presented, endpoint)
            : await VerifyAndAuditAsync(presented);
        if (grant is null) return AuthenticateResult.Fail("Invalid or revoked API key.");

        var identity = new ClaimsIdentity(
        [
            new Claim(ClaimTypes.Name, Actor.PlatformNamePrefix + grant.PlatformName),
            new Claim(RegulatorClaims.PlatformId, grant.PlatformId.ToString()),
            new Claim(RegulatorClaims.Province, grant.ProvinceCode),
            new Claim(RegulatorClaims.ApiScopes, grant.Scopes.ToString()),
        ], SchemeName);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    private async Task<ApiKeyGrant?> VerifyAggregatedAsync(string presented, Endpoint endpoint)
    {
        var grant = await cachedKeys.VerifyAsync(presented, Context.RequestAborted);
        if (grant is not null)
            useMeter.Record(grant, $"{Request.Method} {(endpoint as RouteEndpoint)?.RoutePattern.RawText ?? Request.Path.Value}",
                Context.Connection.RemoteIpAddress?.ToString(), clock.GetUtcNow().UtcDateTime);
        return grant;
    }

    private async Task<ApiKeyGrant?> VerifyAndAuditAsync(string presented)
    {
        var db = Context.RequestServices.GetRequiredService<RegulatorDbContext>();
        var key = await Context.RequestServices.GetRequiredService<ApiKeyIssuer>().VerifyAsync(presented, Context.RequestAborted);
        if (key is null) return null;

        key.LastUsedUtc = clock.GetUtcNow().UtcDateTime;
        db.AuditEntries.Add(new AuditEntry
        {
            OccurredUtc = key.LastUsedUtc.Value,
            UserName = Actor.PlatformNamePrefix + key.PlatformId,
            IpAddress = Context.Connection.RemoteIpAddress?.ToString(),
            Action = AuditActions.ApiKeyUsed,
            RecordType = nameof(Platform),
            RecordId = key.PlatformId.ToString(),
            ProvinceCode = key.Platform.ProvinceCode,
            Details = $"key {key.Prefix} {Request.Method} {Request.Path}",
        });
        await db.SaveChangesAsync(Context.RequestAborted);
        return ApiKeyGrant.Of(key);
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = "Bearer";
        return ApiProblem.Of(StatusCodes.Status401Unauthorized, "需要有效的平台 API 密钥 (a valid platform API key is required)",
            "Send Authorization: Bearer <key> with a key issued by the portal.").ExecuteAsync(Context);
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        ApiProblem.Of(StatusCodes.Status403Forbidden, "此密钥无权执行该操作 (this key lacks the scope for this call)").ExecuteAsync(Context);
}
