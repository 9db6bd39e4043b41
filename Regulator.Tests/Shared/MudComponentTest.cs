using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Regulator.Web.Identity;
using MudBlazor.Services;
using Regulator.Web.Shared;

namespace Regulator.Tests.Shared;

/// <summary>
/// A bUnit context for components built on MudBlazor: its services as the portal registers them (with the portal's
/// localizer for MudBlazor's own texts) and its JavaScript calls answered loosely, since bUnit has no browser.
/// </summary>
public abstract class MudComponentTest : ComponentTest, IAsyncLifetime
{
    protected MudComponentTest()
    {
        Services.AddMudServices();
        Services.AddTransient<MudBlazor.MudLocalizer, PortalMudLocalizer>();
        JSInterop.Mode = Bunit.JSRuntimeMode.Loose;
        // Lists carry their prerendered page into the circuit as persistent component state; here nothing was
        // prerendered, so the state is empty and a list reads its page as a circuit without a prerender would.
        this.AddBunitPersistentComponentState();
    }

    public virtual Task InitializeAsync() => Task.CompletedTask;

    /// <summary>
    /// Opens a circuit as the portal does (<see cref="ActorCircuitHandler"/> takes the actor from the circuit's
    /// authentication state) and renders from then on as the interactive circuit renders. Call it once every service
    /// is registered.
    /// </summary>
    protected async Task OpenCircuitAsync()
    {
        var handler = new ActorCircuitHandler(Services.GetRequiredService<AuthenticationStateProvider>(), Services.GetRequiredService<PortalActor>(),
            Services.GetRequiredService<IHttpContextAccessor>());
        await handler.OnCircuitOpenedAsync(null!, default);
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
    }

    // MudBlazor's services dispose only asynchronously; xUnit calls this before the synchronous Dispose,
    // which then finds the container already gone.
    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        await AfterDisposeAsync();
    }

    /// <summary>Clean-up of a test's own resources (a database) once the components are gone.</summary>
    protected virtual Task AfterDisposeAsync() => Task.CompletedTask;
}
