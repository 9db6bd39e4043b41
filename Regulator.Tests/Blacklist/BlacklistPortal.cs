using Microsoft.AspNetCore.Hosting;
using Regulator.Tests.Infrastructure;

namespace Regulator.Tests.Blacklist;

/// <summary>
/// The portal as the blacklist tests need it: counters flushed every 200 ms so their effect can be asserted, and
/// optionally a low check rate or another instance's database. The poll interval stays at its production value,
/// so the 5-second visibility is measured as deployed.
/// </summary>
public class BlacklistPortal(DatabaseProvider provider, int? checkRequestsPerSecond = null, string? sharedConnectionString = null) : PortalFactory(provider)
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Counters:FlushIntervalMs", "200");
        if (checkRequestsPerSecond is { } rate)
        {
            builder.UseSetting("Blacklist:CheckRequestsPerSecond", rate.ToString());
            builder.UseSetting("Blacklist:CheckBurst", rate.ToString());
        }
        // A second instance on the first one's database: same rows, its own process state.
        if (sharedConnectionString is not null) builder.UseSetting("Database:ConnectionString", sharedConnectionString);
    }
}
