using Regulator.Web;

namespace Regulator.Bench;

/// <summary>
/// The portal's own service graph (<c>AddRegulatorPortal</c>, the configuration of <c>appsettings.json</c> and the
/// environment), built inside the benchmark process so that a benchmark measures the production services rather
/// than copies of them. Nothing is served: the portal's pipeline is not mapped, and Kestrel, when started, listens
/// on a free loopback port.
/// </summary>
public static class PortalHost
{
    /// <param name="args">The command line, read as configuration after the environment, as the portal reads its own.</param>
    /// <param name="settings">Settings that win over every other source (a benchmark's own database, for instance).</param>
    /// <param name="services">Services the benchmark adds (its Hangfire job's tally).</param>
    public static WebApplication Build(string[] args, IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ApplicationName = typeof(DatabaseStartup).Assembly.GetName().Name });
        if (settings is not null) builder.Configuration.AddInMemoryCollection(settings);
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.AddRegulatorPortal();
        services?.Invoke(builder.Services);
        return builder.Build();
    }
}
