using Microsoft.Extensions.Options;
using Regulator.Domain.Dashboards;

namespace Regulator.Web.Dashboards;

/// <summary>
/// Runs <see cref="DashboardRollup.CatchUpAsync"/> every <see cref="DashboardsOptions.RollupInterval"/>, so figures follow
/// new reports, reviews and inspections within that interval. Deliberately not a scheduler job: the rollup is a plain
/// scoped class, and whichever scheduler the portal uses can call it as well (runs serialize on their own).
/// </summary>
public sealed class DashboardRollupService(IServiceScopeFactory scopes, IOptions<DashboardsOptions> options, ILogger<DashboardRollupService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.Value.RollupInterval <= TimeSpan.Zero) return;
        using var timer = new PeriodicTimer(options.Value.RollupInterval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<DashboardRollup>().CatchUpAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The next tick does the same work again: the rollup keeps its watermarks only with the cells they produced.
                logger.LogError(e, "Dashboard rollup failed; retrying at the next interval");
            }
        }
    }
}
