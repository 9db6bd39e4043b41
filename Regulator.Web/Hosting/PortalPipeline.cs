using Microsoft.AspNetCore.HttpOverrides;
using Regulator.Web.Account;
using Regulator.Web.Api;
using Regulator.Web.Blacklist;
using Regulator.Web.Filings;
using Regulator.Web.Jobs;
using Regulator.Web.Reports;
using Regulator.Web.Shell;

namespace Regulator.Web;

public static class PortalPipeline
{
    /// <summary>
    /// No inline script anywhere: htmx and ECharts come from our own files and their behaviour is wired
    /// with attributes, so the policy can forbid inline script and foreign origins outright.
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
        "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public static WebApplication UseRegulatorPortal(this WebApplication app)
    {
        app.UseForwardedHeaders(new ForwardedHeadersOptions { ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto });
        if (!app.Environment.IsDevelopment()) app.UseExceptionHandler("/error", createScopeForErrors: true);
        app.Use(async (ctx, next) =>
        {
            var h = ctx.Response.Headers;
            h.ContentSecurityPolicy = ContentSecurityPolicy;
            h.XContentTypeOptions = "nosniff";
            h["Referrer-Policy"] = "same-origin";
            h.XFrameOptions = "DENY";
            await next();
        });
        app.UseStatusCodePagesWithReExecute("/not-found");
        app.UseRequestLocalization();
        app.UseStaticFiles();
        app.UseAuthentication();
        app.UseAuthorization();
        // After authorization: platform callers are identified there, and limits are per platform.
        app.UseRateLimiter();
        app.UseAntiforgery();
        app.UseAntiforgeryRefusal();

        app.MapHealthChecks("/health").AllowAnonymous();
        app.MapOpenApi().AllowAnonymous();
        app.MapShellEndpoints();
        app.MapAccountEndpoints();
        app.MapPlatformApi();
        app.MapFilingsEndpoints();
        app.MapReportsApi();
        app.MapCaseActions();
        app.MapJobsEndpoints();
        app.MapBlacklistActions();
        app.MapRazorComponents<App>();
        return app;
    }
}
