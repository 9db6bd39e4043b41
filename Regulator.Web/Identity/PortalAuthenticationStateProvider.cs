using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Regulator.Domain.Identity;

namespace Regulator.Web.Identity;

/// <summary>
/// The circuit's authentication state, checked again every <see cref="CircuitOptions.RevalidationInterval"/>
/// (config <c>Identity:CircuitRevalidationSeconds</c>, 60 s by default) against the account as it is now: an
/// account deleted, locked or disabled, or whose security stamp changed (sign-out everywhere, password, role or
/// province change all renew it) turns the open circuit anonymous. The router then sends the browser to the
/// sign-in page and the province filter, reading the same state, returns nothing meanwhile.
/// </summary>
public sealed class PortalAuthenticationStateProvider(
    ILoggerFactory loggerFactory, IServiceScopeFactory scopes, IOptions<IdentityOptions> identity, IOptions<PortalAuthenticationStateProvider.CircuitOptions> options)
    : RevalidatingServerAuthenticationStateProvider(loggerFactory)
{
    /// <summary>How often an open circuit's user is checked again.</summary>
    public sealed class CircuitOptions
    {
        public TimeSpan RevalidationInterval { get; set; } = TimeSpan.FromMinutes(1);
    }

    protected override TimeSpan RevalidationInterval => options.Value.RevalidationInterval;

    protected override async Task<bool> ValidateAuthenticationStateAsync(AuthenticationState state, CancellationToken cancellationToken)
    {
        // A fresh scope: the circuit's own would read through a context that may have cached the user.
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<RegulatorUser>>();
        return await IsStillValidAsync(users, state.User);
    }

    private async Task<bool> IsStillValidAsync(UserManager<RegulatorUser> users, ClaimsPrincipal principal)
    {
        if (principal.Identity?.IsAuthenticated != true) return true;
        var user = await users.GetUserAsync(principal);
        if (user is null || await users.IsLockedOutAsync(user)) return false;
        if (!users.SupportsUserSecurityStamp) return true;
        return principal.FindFirstValue(identity.Value.ClaimsIdentity.SecurityStampClaimType) == await users.GetSecurityStampAsync(user);
    }
}
