using Microsoft.AspNetCore.Localization;

namespace Regulator.Web.Shell;

public static class ShellEndpoints
{
    public static void MapShellEndpoints(this IEndpointRouteBuilder app)
    {
        // A plain link switches language, so it works without JavaScript; only local return URLs are followed.
        app.MapGet("/culture", (string name, string? returnUrl, HttpContext ctx) =>
        {
            if (PortalServices.Cultures.Any(c => c.Name == name))
            {
                ctx.Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
                    CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(name)),
                    new CookieOptions { MaxAge = TimeSpan.FromDays(365), HttpOnly = true, SameSite = SameSiteMode.Lax, IsEssential = true });
            }
            return Results.LocalRedirect(returnUrl is not null && Uri.IsWellFormedUriString(returnUrl, UriKind.Relative) && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//") ? returnUrl : "/");
        }).AllowAnonymous().ExcludeFromDescription();
    }
}
