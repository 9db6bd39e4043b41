using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using Regulator.Web.Api;

namespace Regulator.Web.Reports;

/// <summary>
/// Authenticates the National Reporting Platform (12318) by its request signature rather than a platform API key:
/// it is not a supervised platform and holds no key. The body is read once by <see cref="SignedBodyReader"/> (it is what is
/// signed) and kept for the endpoint.
/// </summary>
public sealed class ReportingPlatformAuthentication(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, SignedBodyReader reader)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ReportingPlatformSignature";
    public const string PolicyName = "ReportingPlatform";

    private SignedBodyReader.Outcome? _outcome;

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.ContainsKey(ReportSignature.SignatureHeader)) return AuthenticateResult.NoResult();
        _outcome = await reader.ReadAsync(Request, Context.RequestAborted);
        if (_outcome.Body is not { } body) return AuthenticateResult.Fail(_outcome.Failure!);

        Context.Features.Set(new SignedRequestBody(body));
        var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, "12318")], SchemeName);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    // Refused for its size (413) or because the portal is busy reading others (503) is not a question of who sent it.
    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var result = await HandleAuthenticateOnceSafeAsync();
        var status = _outcome?.Status is StatusCodes.Status413PayloadTooLarge or StatusCodes.Status503ServiceUnavailable ? _outcome.Status : StatusCodes.Status401Unauthorized;
        if (status == StatusCodes.Status503ServiceUnavailable) Response.Headers.RetryAfter = "5";
        var problem = status switch
        {
            StatusCodes.Status413PayloadTooLarge => ApiProblem.TooManyBytes(reader.MaxBodyBytes),
            StatusCodes.Status503ServiceUnavailable => ApiProblem.Of(status, "报送接口繁忙 (busy)", result.Failure?.Message),
            _ => ApiProblem.Of(status, "签名校验未通过 (request signature refused)",
                result.Failure?.Message ?? $"Sign the request: {ReportSignature.TimestampHeader} and {ReportSignature.SignatureHeader}."),
        };
        await problem.ExecuteAsync(Context);
    }
}
