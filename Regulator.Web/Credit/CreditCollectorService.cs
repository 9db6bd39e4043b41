using Microsoft.Extensions.Options;
using Regulator.Domain.Credit;

namespace Regulator.Web.Credit;

/// <summary>
/// Runs <see cref="CreditFactCollector"/> shortly after start-up and then every <c>Credit:CollectIntervalSeconds</c>; a failed
/// pass is logged and repeated. 0 turns the collector off on this instance: the blacklist soak and benchmark seed a
/// million published entries without their facts, and a first pass recording them one by one would run beside the
/// measurement for hours.
/// </summary>
public sealed class CreditCollectorService(IServiceScopeFactory scopes, IOptions<CreditOptions> options, ILogger<CreditCollectorService> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.Value.CollectIntervalSeconds <= 0) return;
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(options.Value.CollectIntervalSeconds));
        try
        {
            do
            {
                try
                {
                    await using var scope = scopes.CreateAsyncScope();
                    var recorded = await scope.ServiceProvider.GetRequiredService<CreditFactCollector>().CollectAsync(stoppingToken);
                    if (recorded > 0) log.LogInformation("Credit collector read {Count} changed source records.", recorded);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    log.LogWarning(e, "Collecting credit facts failed; the next pass tries again.");
                }
            } while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }
}
