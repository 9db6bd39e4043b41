namespace Regulator.Web.Dashboards;

public static class DashboardTools
{
    /// <summary>The dashboards' command-line verb <c>bench-dashboard …</c> (see <see cref="DashboardBenchmark"/>); false when not given, so the portal starts.</summary>
    public static async Task<bool> RunDashboardToolsAsync(this WebApplication app, string[] args)
    {
        if (args.FirstOrDefault() != "bench-dashboard") return false;
        await DashboardBenchmark.RunAsync(app.Services, args);
        return true;
    }
}
