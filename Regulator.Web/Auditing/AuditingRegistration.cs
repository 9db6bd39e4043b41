using Regulator.Web.Shared.Lists;

namespace Regulator.Web.Auditing;

public static class AuditingRegistration
{
    /// <summary>The audit log's list.</summary>
    public static IServiceCollection AddAuditingPages(this IServiceCollection services) => services.AddList<AuditList>();
}
