using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Regulator.Domain.Persistence;

namespace Regulator.Web.Identity;

/// <summary>
/// Ends a session on the server: every request with a sign-in cookie checks, by primary key, that the user still
/// exists, is not locked out, and still has the security stamp the cookie was issued with. Signing out, a password
/// change, a lockout, a role or province change all change the stamp (or the lockout), so a cookie copied before any
/// of them opens nothing afterwards, on any node, at once.
/// </summary>
/// <remarks>
/// Identity's own <see cref="SecurityStampValidator"/> does the same check only every 30 minutes (it rebuilds the whole
/// principal when it does, several queries); this is one indexed single-row read per request instead, and the
/// principal still comes from the cookie. Interactive circuits revalidate separately (the shell's state provider).
/// </remarks>
public static class SessionValidation
{
    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var principal = context.Principal;
        if (principal?.Identity?.IsAuthenticated != true) return;
        var claimTypes = context.HttpContext.RequestServices.GetRequiredService<IOptions<IdentityOptions>>().Value.ClaimsIdentity;
        var userId = principal.FindFirstValue(claimTypes.UserIdClaimType);
        var stamp = principal.FindFirstValue(claimTypes.SecurityStampClaimType);
        var db = context.HttpContext.RequestServices.GetRequiredService<RegulatorDbContext>();
        var now = context.HttpContext.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow();
        var current = userId is null ? null
            : await db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => new { u.SecurityStamp, u.LockoutEnd }).FirstOrDefaultAsync(context.HttpContext.RequestAborted);
        if (current is not null && stamp is not null && current.SecurityStamp == stamp && !(current.LockoutEnd > now)) return;

        context.RejectPrincipal();
        await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
    }
}
