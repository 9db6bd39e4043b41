namespace Regulator.Web.Shared.Lists;

public static class ListRegistration
{
    /// <summary>Registers a list for its page (inject <typeparamref name="TList"/>) and for the export endpoint.</summary>
    public static IServiceCollection AddList<TList>(this IServiceCollection services) where TList : class, IExportableList
    {
        services.AddSingleton<TList>();
        services.AddSingleton<IExportableList>(sp => sp.GetRequiredService<TList>());
        return services;
    }
}
