using Microsoft.AspNetCore.Antiforgery;

namespace Regulator.Web;

/// <summary>
/// One answer for every post whose antiforgery token is missing or wrong, whatever it was posted to (a page's form,
/// an action endpoint, sign-out): 400 with a plain message, before the endpoint runs. Without it, endpoints that bind
/// a form threw, and the error page, re-executed as the same post, failed on the same token.
/// </summary>
public static class AntiforgeryRefusal
{
    public const string Message = "表单的安全令牌缺失或无效，请返回页面刷新后重试。(The form's security token is missing or invalid: go back, reload the page and try again.)";

    /// <summary>Placed right after <c>UseAntiforgery</c>, which only records the outcome of its check.</summary>
    public static IApplicationBuilder UseAntiforgeryRefusal(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (context.Features.Get<IAntiforgeryValidationFeature>() is { IsValid: false })
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            context.Response.ContentType = "text/plain; charset=utf-8";
            await context.Response.WriteAsync(Message);
            return;
        }
        await next();
    });
}
