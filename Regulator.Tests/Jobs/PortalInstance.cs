using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Regulator.Domain.Inspections;
using Regulator.Tests.Infrastructure;

namespace Regulator.Tests.Jobs;

/// <summary>
/// One portal instance on a database it does not own, so several can share it: the nodes of a PostgreSQL
/// cluster, or one SQLite portal after another across a restart. Cluster check-ins every second, so a test does
/// not wait long for the cluster to notice a node has gone.
/// </summary>
public sealed class PortalInstance(DatabaseProvider provider, string connectionString, IInspectionRule? extraRule = null) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Database:Provider", provider.ToString());
        builder.UseSetting("Database:ConnectionString", connectionString);
        builder.UseSetting("Seeding:Demo", "true");
        builder.UseSetting("Seeding:Platforms", "12");
        builder.UseSetting("Seeding:Publishers", "50");
        builder.UseSetting("Jobs:ClusterCheckinInterval", "00:00:01");
        builder.UseSetting("Jobs:ClusterCheckinMisfireThreshold", "00:00:02");
        if (extraRule is not null) builder.ConfigureServices(services => services.AddSingleton(extraRule));
    }
}
