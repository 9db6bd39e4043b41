namespace Regulator.Web.Shared;

/// <summary>
/// A message carried across the redirect that follows a POST (post/redirect/get), in a short-lived cookie
/// that <see cref="FlashMessages"/> reads once and deletes.
/// </summary>
public static class Flash
{
    public const string CookieName = "regulator.flash";

    public static void Set(HttpContext context, FlashKind kind, string message) =>
        context.Response.Cookies.Append(CookieName, $"{kind}|{message}",
            new CookieOptions { HttpOnly = true, SameSite = SameSiteMode.Strict, MaxAge = TimeSpan.FromMinutes(1), IsEssential = true });

    /// <summary>Reads and clears the pending message, if any.</summary>
    public static (FlashKind Kind, string Message)? Take(HttpContext context)
    {
        if (!context.Request.Cookies.TryGetValue(CookieName, out var value) || value is null) return null;
        if (!context.Response.HasStarted) context.Response.Cookies.Delete(CookieName);
        var split = value.IndexOf('|');
        return split > 0 && Enum.TryParse<FlashKind>(value[..split], out var kind) ? (kind, value[(split + 1)..]) : null;
    }
}
