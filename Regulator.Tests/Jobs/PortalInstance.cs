using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Regulator.Tests.Infrastructure;

namespace Regulator.Tests.Jobs;

/// <summary>
/// One portal instance on a database it does not own, so several can share it: the nodes of a PostgreSQL
/// cluster, or one SQLite portal after another across a restart. Hangfire polls every second, so a test does not
/// wait long for a queued job.
/// </summary>
public sealed class PortalInstance(DatabaseProvider provider, string connectionString) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Database:Provider", provider.ToString());
        builder.UseSetting("Database:ConnectionString", connectionString);
        builder.UseSetting("Seeding:Demo", "true");
        builder.UseSetting("Seeding:Platforms", "12");
        builder.UseSetting("Seeding:Publishers", "50");
        builder.UseSetting("Jobs:QueuePollInterval", "00:00:01");
        builder.UseSetting("Jobs:SchedulePollingInterval", "00:00:01");
    }
}
