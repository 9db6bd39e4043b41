using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Regulator.Domain.Dashboards;
using Regulator.Domain.Persistence;

namespace Regulator.Web.Dashboards;

/// <summary>
/// Tells open dashboards that the rollup has moved, so they reload their figures without a page reload (issue 15).
/// Every <see cref="DashboardsOptions.RefreshInterval"/>, while at least one page listens, it reads the rollup's
/// watermarks (a handful of rows) and raises <see cref="Changed"/> when any has moved since the last look. Reading the
/// database rather than hooking the local rollup loop means a page sees catch-ups made by any portal instance.
/// </summary>
public sealed class DashboardUpdates(IServiceScopeFactory scopes, IOptions<DashboardsOptions> options, ILogger<DashboardUpdates> logger) : BackgroundService
{
    private long? _last;

    /// <summary>Raised on a thread-pool thread when the rollup has written new figures; handlers marshal to their own renderer.</summary>
    public event Func<Task>? Changed;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.Value.RefreshInterval <= TimeSpan.Zero) return;
        using var timer = new PeriodicTimer(options.Value.RefreshInterval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            if (Changed is null) continue;
            try
            {
                await LookAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "Could not read the dashboard rollup's watermarks; trying again at the next interval");
            }
        }
    }

    /// <summary>Reads the watermarks once and tells the listeners if they moved.</summary>
    public async Task LookAsync(CancellationToken ct = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RegulatorDbContext>();
        var positions = await db.DashboardWatermarks.AsNoTracking().Select(w => w.Position).ToListAsync(ct);
        // Positions only grow (ids and ticks), so this fingerprint moves whenever one does (unchecked: ticks are large).
        var mark = unchecked(positions.Aggregate(positions.Count * 31L, (sum, p) => sum * 17 + p));
        var moved = _last is { } last && last != mark;
        _last = mark;
        if (!moved || Changed is not { } changed) return;
        foreach (var handler in changed.GetInvocationList().Cast<Func<Task>>())
        {
            try
            {
                await handler();
            }
            catch (Exception e)
            {
                // One closed or failing page must not keep the others from their update.
                logger.LogDebug(e, "A dashboard did not take its update");
            }
        }
    }
}
