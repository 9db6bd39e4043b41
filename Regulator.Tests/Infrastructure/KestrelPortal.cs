using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Regulator.Tests.Infrastructure;

/// <summary>
/// The portal on a real socket, for the browser: Chromium cannot reach the in-memory test server. Port 0
/// lets the OS pick a free port, so parallel runs by other people on this machine never collide.
/// </summary>
public sealed class KestrelPortal : PortalFactory
{
    private readonly Lazy<Uri> _address;

    public KestrelPortal() : base(DatabaseProvider.Sqlite)
    {
        UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        _address = new Lazy<Uri>(() =>
        {
            StartServer();
            var addresses = Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses;
            return new Uri(addresses.Single());
        });
    }

    /// <summary>Seconds between checks of an open circuit's account, short so tests see a lockout reach a page quickly.</summary>
    public const int CircuitRevalidationSeconds = 2;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Identity:CircuitRevalidationSeconds", CircuitRevalidationSeconds.ToString());
        // Dashboards follow new records within seconds, so a browser test sees a live update without a long wait.
        builder.UseSetting("Dashboards:RollupInterval", "00:00:02");
        builder.UseSetting("Dashboards:RefreshInterval", "00:00:01");
    }

    /// <summary>Where the portal listens; starts it on first use.</summary>
    public Uri Address => _address.Value;
}
