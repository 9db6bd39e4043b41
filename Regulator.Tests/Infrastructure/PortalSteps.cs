using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Regulator.Domain.Identity;
using Regulator.Web.Identity;

namespace Regulator.Tests.Infrastructure;

/// <summary>
/// Runs a domain step of the real portal as an interactive page does through <c>PortalOperations</c>: in a service
/// scope of its own whose actor is the signed-in user's real principal (the claims sign-in would give them), so the
/// province filter and the step's own permission check see exactly who asks. For steps whose page is interactive
/// and whose many inputs (file formats, encodings) are not worth a browser each; the page itself is walked in Chromium.
/// </summary>
public static class PortalSteps
{
    public static async Task<T> AsAsync<TService, T>(this PortalFactory portal, string userName, Func<TService, ClaimsPrincipal, Task<T>> step) where TService : notnull
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<RegulatorUser>>();
        var principal = await scope.ServiceProvider.GetRequiredService<IUserClaimsPrincipalFactory<RegulatorUser>>()
            .CreateAsync((await users.FindByNameAsync(userName))!);
        scope.ServiceProvider.GetRequiredService<PortalActor>().UseCircuitUser(principal, "127.0.0.1");
        return await step(scope.ServiceProvider.GetRequiredService<TService>(), principal);
    }
}
