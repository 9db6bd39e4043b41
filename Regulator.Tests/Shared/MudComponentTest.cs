using Microsoft.Extensions.DependencyInjection;
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
    }

    public Task InitializeAsync() => Task.CompletedTask;

    // MudBlazor's services dispose only asynchronously; xUnit calls this before the synchronous Dispose,
    // which then finds the container already gone.
    Task IAsyncLifetime.DisposeAsync() => base.DisposeAsync().AsTask();
}
