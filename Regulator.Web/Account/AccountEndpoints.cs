using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Identity;
using Regulator.Domain.Auditing;
using Regulator.Domain.Identity;

namespace Regulator.Web.Account;

public static class AccountEndpoints
{
    public static void MapAccountEndpoints(this IEndpointRouteBuilder app)
    {
        // A POST with an antiforgery token, so another site cannot sign a user out. The security stamp changes, so the
        // cookie (and any copy of it) is refused from now on: signing out ends the user's sessions on the server too.
        app.MapPost("/account/logout", async (HttpContext context, SignInManager<RegulatorUser> signIn, AuditLog audit) =>
        {
            if (await signIn.UserManager.GetUserAsync(context.User) is { } user)
            {
                await audit.RecordAsync(AuditActions.SignOut, "User");
                await signIn.UserManager.UpdateSecurityStampAsync(user);
            }
            await signIn.SignOutAsync();
            return Results.LocalRedirect("/account/login");
        }).WithMetadata(new RequireAntiforgeryTokenAttribute()).ExcludeFromDescription();
    }
}
