using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.Extensions.WebEncoders;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.Configuration.Json;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging.Console;
using Regulator.Domain.Auditing;
using Regulator.Domain.Identity;
using Regulator.Domain.Persistence;
using Regulator.Domain.Platforms;
using Regulator.Domain.Scoping;
using Regulator.Web.Administration;
using Regulator.Web.Api;
using Regulator.Web.Auditing;
using Regulator.Web.Blacklist;
using Regulator.Web.Credit;
using Regulator.Web.Dashboards;
using Regulator.Web.Documents;
using Regulator.Web.Filings;
using Regulator.Web.Identity;
using Regulator.Web.Inspections;
using Regulator.Web.Jobs.Scheduling;
using Regulator.Web.Platforms;
using Regulator.Web.Reports;
using Regulator.Web.Shared;
using Regulator.Web.SpotChecks;

namespace Regulator.Web;

public static class PortalServices
{
    public static readonly CultureInfo[] Cultures = [new("zh-CN"), new("en")];

    public static WebApplicationBuilder AddRegulatorPortal(this WebApplicationBuilder builder)
    {
        AddRepositorySettings(builder.Configuration);
        // Outside Development, ASP.NET Core serves static web assets (blazor.web.js, MudBlazor's files, our wwwroot)
        // only from a published output. scripts/run.sh and the crash tests run the build output in Production, where
        // the files are still in their packages: without this every page came out unstyled and never went
        // interactive. In a published output there is no runtime manifest and this does nothing.
        builder.WebHost.UseStaticWebAssets();
        var services = builder.Services;
        // Console only, through the scrubbing format: no log line carries an identity number in clear.
        builder.Logging.ClearProviders();
        builder.Logging.AddConsole(o => o.FormatterName = ScrubbingConsoleFormatter.FormatterName)
            .AddConsoleFormatter<ScrubbingConsoleFormatter, ConsoleFormatterOptions>();

        services.AddSingleton(TimeProvider.System);
        services.AddHttpContextAccessor();
        services.AddScoped<PortalActor>();
        services.AddScoped<ICurrentActor>(sp => sp.GetRequiredService<PortalActor>());
        services.AddScoped<PortalOperations>();
        services.AddRegulatorPersistence(builder.Configuration);
        services.AddJobs(builder.Configuration);
        services.AddInspections(builder.Configuration);
        services.AddDocuments(builder.Configuration);
        services.AddScoped<AuditLog>();
        services.AddScoped<ApiKeyIssuer>();
        services.AddScoped<PlatformRegistry>();
        services.AddScoped<StaffDirectory>();
        services.AddFilings(builder.Configuration);
        services.AddReports(builder.Configuration);
        services.AddBlacklist(builder.Configuration);
        services.AddSpotChecks(builder.Configuration);
        services.AddDashboards(builder.Configuration);
        services.AddPlatformPages();
        services.AddAuditingPages();
        services.AddAdministrationPages();
        services.AddCredit(builder.Configuration);

        services.AddIdentity<RegulatorUser, IdentityRole>(o =>
            {
                o.Password.RequiredLength = 10;
                o.Password.RequireNonAlphanumeric = true;
                o.Password.RequireUppercase = true;
                o.Password.RequireLowercase = true;
                o.Password.RequireDigit = true;
                o.Lockout.MaxFailedAccessAttempts = builder.Configuration.GetValue("Identity:MaxFailedAccessAttempts", 5);
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(builder.Configuration.GetValue("Identity:LockoutMinutes", 15));
                o.Lockout.AllowedForNewUsers = true;
                o.User.RequireUniqueEmail = false;
            })
            .AddEntityFrameworkStores<RegulatorDbContext>()
            .AddDefaultTokenProviders()
            .AddClaimsPrincipalFactory<RegulatorClaimsFactory>();
        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/account/login";
            o.LogoutPath = "/account/logout";
            o.AccessDeniedPath = "/account/denied";
            o.Cookie.Name = "regulator.auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.SlidingExpiration = true;
            // API callers get status codes, not a redirect to a sign-in page.
            // Checked on every request, so signing out, a password change, a lockout or a role change ends the session at once.
            o.Events.OnValidatePrincipal = SessionValidation.ValidateAsync;
            o.Events.OnRedirectToLogin = ctx => RedirectUnlessApi(ctx, StatusCodes.Status401Unauthorized);
            o.Events.OnRedirectToAccessDenied = ctx => RedirectUnlessApi(ctx, StatusCodes.Status403Forbidden);
        });
        services.AddAuthentication().AddScheme<AuthenticationSchemeOptions, PlatformApiKeyAuthentication>(PlatformApiKeyAuthentication.SchemeName, null);
        services.AddSingleton<CachedApiKeyVerifier>();
        services.AddSingleton<ApiKeyUseMeter>();
        services.AddSingleton<IBufferedCounter>(sp => sp.GetRequiredService<ApiKeyUseMeter>());
        services.AddHostedService<BufferedCounterFlusher>();
        services.AddAuthorization(RegulatorPolicies.Configure);
        services.AddDataProtection().SetApplicationName("Regulator").PersistKeysToDbContext<RegulatorDbContext>();

        services.AddLocalization(o => o.ResourcesPath = "Resources");
        services.Configure<RequestLocalizationOptions>(o =>
        {
            o.DefaultRequestCulture = new RequestCulture(Cultures[0]);
            o.SupportedCultures = Cultures;
            o.SupportedUICultures = Cultures;
            o.RequestCultureProviders = [new CookieRequestCultureProvider(), new AcceptLanguageHeaderRequestCultureProvider()];
        });

        services.AddRazorComponents()
            .AddInteractiveServerComponents(o => o.DetailedErrors = builder.Environment.IsDevelopment());
        services.AddCascadingAuthenticationState();
        services.Configure<PortalAuthenticationStateProvider.CircuitOptions>(o =>
            o.RevalidationInterval = TimeSpan.FromSeconds(builder.Configuration.GetValue("Identity:CircuitRevalidationSeconds", 60)));
        services.AddScoped<AuthenticationStateProvider, PortalAuthenticationStateProvider>();
        services.AddScoped<CircuitHandler, ActorCircuitHandler>();
        services.AddPortalUserInterface();
        // Chinese is sent as characters: the default encoder writes every CJK character as &#x...; (three times the bytes).
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddSingleton(HtmlEncoder.Create(UnicodeRanges.All));
        services.AddAntiforgery();
        services.AddProblemDetails(o => o.CustomizeProblemDetails = ctx =>
            ProblemScrubbing.Scrub(ctx.ProblemDetails, ctx.HttpContext.RequestServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>>().Value.SerializerOptions));
        services.AddOpenApi(o => o.AddDocumentTransformer<BearerSecurityTransformer>());
        services.AddHealthChecks().AddDbContextCheck<RegulatorDbContext>("database");
        return builder;
    }

    private static Task RedirectUnlessApi(Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> ctx, int status)
    {
        if (ctx.Request.Path.StartsWithSegments("/api")) ctx.Response.StatusCode = status;
        else ctx.Response.Redirect(ctx.RedirectUri);
        return Task.CompletedTask;
    }

    /// <summary>
    /// The portal's configuration lives in the repository-root <c>appsettings.json</c>, copied next to the
    /// binaries. It is slotted in where ASP.NET would read its own appsettings.json, so environment
    /// variables and the command line still override it.
    /// </summary>
    private static void AddRepositorySettings(ConfigurationManager configuration)
    {
        var sources = configuration.Sources;
        var index = sources.Select((s, i) => (s, i)).FirstOrDefault(x => x.s is JsonConfigurationSource { Path: "appsettings.json" }, (null!, -1)).Item2;
        sources.Insert(index + 1, new JsonConfigurationSource
        {
            Path = "appsettings.json",
            Optional = true,
            FileProvider = new PhysicalFileProvider(AppContext.BaseDirectory),
        });
    }
}
