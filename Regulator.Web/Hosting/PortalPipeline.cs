using Microsoft.AspNetCore.HttpOverrides;
using Regulator.Web.Account;
using Regulator.Web.Api;
using Regulator.Web.Blacklist;
using Regulator.Web.Dashboards;
using Regulator.Web.Filings;
using Regulator.Web.Documents;
using Regulator.Web.Jobs;
using Regulator.Web.Reports;
using Regulator.Web.Shell;
using Regulator.Web.Shared;
using Regulator.Web.Shared.Lists;
using Regulator.Web.SpotChecks;

namespace Regulator.Web;

public static class PortalPipeline
{
    /// <summary>
    /// No inline script anywhere: Blazor, MudBlazor and ECharts come from our own files, so the policy forbids inline
    /// script, eval and foreign origins outright (<c>connect-src 'self'</c> covers the circuit's WebSocket).
    /// <c>style-src</c> alone allows <c>'unsafe-inline'</c>, because MudBlazor needs it: its theme provider writes the
    /// palette as a <c>&lt;style&gt;</c> element of CSS variables, and its components (popovers, drawers, progress,
    /// data grid column widths) set <c>style</c> attributes from the circuit, which no nonce or hash can cover.
    /// Inline style cannot run code, and script stays locked down, so this does not reopen script injection.
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; " +
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
        // After authorization: an unknown caller learns nothing about limits, only that it must authenticate.
        ApiBodyLimit.UseApiBodyLimits(app);
        // After authorization: platform callers are identified there, and limits are per platform.
        app.UseRateLimiter();
        app.UseAntiforgery();
        app.UseAntiforgeryRefusal();

        // blazor.web.js and MudBlazor's files are static web assets of packages; the sign-in page needs them too.
        app.MapStaticAssets().AllowAnonymous();
        app.MapHealthChecks("/health").AllowAnonymous();
        app.MapOpenApi().AllowAnonymous();
        app.MapShellEndpoints();
        app.MapAccountEndpoints();
        app.MapPlatformApi();
        app.MapFilingsEndpoints();
        app.MapReportsApi();
        app.MapJobsEndpoints();
        app.MapDocumentsEndpoints();
        app.MapSpotChecksEndpoints();
        app.MapListExports();
        app.MapDashboardEndpoints();
        // The portal's own policy already says frame-ancestors 'none' (stricter than the 'self' Blazor would add for
        // its compressed WebSocket); a second header would only confuse readers of the policy.
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode(o => o.ContentSecurityFrameAncestorsPolicy = null);
        return app;
    }
}
