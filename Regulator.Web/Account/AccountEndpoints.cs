using Microsoft.AspNetCore.Identity;
using Regulator.Domain.Auditing;
using Regulator.Domain.Identity;

namespace Regulator.Web.Account;

public static class AccountEndpoints
{
    public static void MapAccountEndpoints(this IEndpointRouteBuilder app)
    {
        // A POST with an antiforgery token, so another site cannot sign a user out.
        app.MapPost("/account/logout", async (SignInManager<RegulatorUser> signIn, AuditLog audit) =>
        {
            await audit.RecordAsync(AuditActions.SignOut, "User");
            await signIn.SignOutAsync();
            return Results.LocalRedirect("/account/login");
        }).ExcludeFromDescription();
    }
}
