using MudBlazor;
using MudBlazor.Services;
using Regulator.Web.Shared.Lists;

namespace Regulator.Web.Shared;

/// <summary>MudBlazor and the portal's shared interface services.</summary>
public static class PortalUserInterface
{
    public static IServiceCollection AddPortalUserInterface(this IServiceCollection services)
    {
        services.AddMudServices(o =>
        {
            o.SnackbarConfiguration.PositionClass = Defaults.Classes.Position.BottomRight;
            o.SnackbarConfiguration.VisibleStateDuration = 6000;
            o.SnackbarConfiguration.PreventDuplicates = false;
        });
        services.AddTransient<MudLocalizer, PortalMudLocalizer>();
        services.AddScoped<ListExports>();
        return services;
    }
}
