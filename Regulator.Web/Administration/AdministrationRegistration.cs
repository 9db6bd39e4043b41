using Regulator.Web.Shared.Lists;

namespace Regulator.Web.Administration;

public static class AdministrationRegistration
{
    /// <summary>The administration pages' lists.</summary>
    public static IServiceCollection AddAdministrationPages(this IServiceCollection services) => services.AddList<StaffList>();
}
