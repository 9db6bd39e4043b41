using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Regulator.Web.Reports;

/// <summary>
/// Authenticates the National Reporting Platform (12318) by its request signature rather than a platform API key:
/// it is not a supervised platform and holds no key. Reads the body once (it is what is signed) and keeps it for the endpoint.
/// </summary>
public sealed class ReportingPlatformAuthentication(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder,
    ReportIntakeOptions intake, TimeProvider clock)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ReportingPlatformSignature";
    public const string PolicyName = "ReportingPlatform";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.ContainsKey(ReportSignature.SignatureHeader)) return AuthenticateResult.NoResult();
        if (string.IsNullOrEmpty(intake.SharedSecret)) return AuthenticateResult.Fail("报送接口未配置共享密钥 (no shared secret configured)");
        if (Request.ContentLength > intake.MaxBodyBytes) return AuthenticateResult.Fail("请求体过大 (body too large)");

        var body = await ReadBoundedAsync();
        if (body is null) return AuthenticateResult.Fail("请求体过大 (body too large)");
        if (ReportSignature.Verify(intake.SharedSecret, Request.Headers[ReportSignature.TimestampHeader], Request.Headers[ReportSignature.SignatureHeader],
                body, clock.GetUtcNow()) is { } failure)
            return AuthenticateResult.Fail(failure);

        Context.Features.Set(new SignedRequestBody(body));
        var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, "12318")], SchemeName);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    // Stops reading past the limit, so an unsigned flood cannot make the portal buffer it. A declared length (already
    // checked against the limit) is read straight into one array of that size: a batch is most of a megabyte, and
    // growing a stream to it would allocate and copy it several times on the large object heap.
    private async Task<byte[]?> ReadBoundedAsync()
    {
        if (Request.ContentLength is { } length)
        {
            // The server holds the body to its declared length, so exactly that many bytes come.
            var exact = new byte[length];
            await Request.Body.ReadExactlyAsync(exact, Context.RequestAborted);
            return exact;
        }
        using var buffer = new MemoryStream();
        var chunk = new byte[64 * 1024];
        int read;
        while ((read = await Request.Body.ReadAsync(chunk, Context.RequestAborted)) > 0)
        {
            if (buffer.Length + read > intake.MaxBodyBytes) return null;
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var result = await HandleAuthenticateOnceSafeAsync();
        await Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "签名校验未通过 (request signature refused)",
            detail: result.Failure?.Message ?? $"Sign the request: {ReportSignature.TimestampHeader} and {ReportSignature.SignatureHeader}.").ExecuteAsync(Context);
    }
}
