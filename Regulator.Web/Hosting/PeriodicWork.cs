namespace Regulator.Web;

/// <summary>
/// Work repeated in the background: once shortly after start-up, then every <see cref="Interval"/>. A run that fails
/// is logged as a warning (<see cref="FailureMessage"/>) and the next run tries again; stopping the portal ends it.
/// </summary>
public abstract class PeriodicWork(ILogger log) : BackgroundService
{
    /// <summary>Time between the starts of two runs.</summary>
    protected abstract TimeSpan Interval { get; }

    /// <summary>What the warning says when a run fails, for the people reading the log.</summary>
    protected abstract string FailureMessage { get; }

    /// <summary>One run.</summary>
    protected abstract Task RunAsync(CancellationToken ct);

    protected sealed override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval);
        try
        {
            do
            {
                try
                {
                    await RunAsync(stoppingToken);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    log.LogWarning(e, "{Failure}", FailureMessage);
                }
            } while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }
}
