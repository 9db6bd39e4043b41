using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server.Circuits;

namespace Regulator.Web.Identity;

/// <summary>
/// Binds the circuit's <see cref="PortalActor"/> to the circuit's authentication state. The framework sets that
/// state from the connecting user before circuit handlers run and before any component renders, so the first
/// query a component makes is already scoped; afterwards every change (revalidation finding the account locked,
/// disabled, signed out or changed) reaches the actor, and a user revalidated away reads as anonymous.
/// </summary>
public sealed class ActorCircuitHandler(AuthenticationStateProvider authentication, PortalActor actor, IHttpContextAccessor accessor)
    : CircuitHandler, IDisposable
{
    private string? _ip;

    public override async Task OnCircuitOpenedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        // The hub connection's request is the best address the circuit has; it is read once, here.
        _ip = accessor.HttpContext?.Connection.RemoteIpAddress?.ToString();
        actor.UseCircuitUser((await authentication.GetAuthenticationStateAsync()).User, _ip);
        authentication.AuthenticationStateChanged += OnAuthenticationStateChanged;
    }

    private async void OnAuthenticationStateChanged(Task<AuthenticationState> state)
    {
        try
        {
            actor.UseCircuitUser((await state).User, _ip);
        }
        catch
        {
            // A faulted state is no user at all.
            actor.UseCircuitUser(new(), _ip);
        }
    }

    public void Dispose() => authentication.AuthenticationStateChanged -= OnAuthenticationStateChanged;
}
