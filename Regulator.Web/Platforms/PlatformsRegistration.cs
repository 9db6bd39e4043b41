using Regulator.Web.Shared.Lists;

namespace Regulator.Web.Platforms;

public static class PlatformsRegistration
{
    /// <summary>The platform registry's lists and the record read.</summary>
    public static IServiceCollection AddPlatformPages(this IServiceCollection services) =>
        services.AddList<PlatformList>().AddScoped<Regulator.Domain.Platforms.PlatformRecord>();
}
