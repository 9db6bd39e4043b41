using Regulator.Domain.Persistence;

namespace Regulator.Web;

/// <summary>Flushes every <see cref="IBufferedCounter"/> every few seconds, and once more when the portal stops.</summary>
public sealed class BufferedCounterFlusher(IEnumerable<IBufferedCounter> counters, IServiceScopeFactory scopes, IConfiguration configuration,
    ILogger<BufferedCounterFlusher> log) : BackgroundService
{
    private readonly TimeSpan _interval = TimeSpan.FromMilliseconds(configuration.GetValue("Counters:FlushIntervalMs", 5000));

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(_interval);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken)) await FlushAsync(stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        await FlushAsync(cancellationToken);
    }

    private async Task FlushAsync(CancellationToken ct)
    {
        foreach (var counter in counters)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await counter.FlushAsync(scope.ServiceProvider.GetRequiredService<RegulatorDbContext>(), ct);
            }
            catch (ObjectDisposedException)
            {
                return; // the host is being torn down; nothing can be written any more
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogWarning(e, "Flushing {Counter} failed; its counts are kept for the next flush.", counter.GetType().Name);
            }
        }
    }
}
