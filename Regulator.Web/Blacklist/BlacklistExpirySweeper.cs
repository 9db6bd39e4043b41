using Microsoft.Extensions.Options;
using Regulator.Domain.Blacklist;

namespace Regulator.Web.Blacklist;

/// <summary>Expires entries past their end date, shortly after start-up and then every sweep interval.</summary>
public sealed class BlacklistExpirySweeper(IServiceScopeFactory scopes, IOptions<BlacklistOptions> options, ILogger<BlacklistExpirySweeper> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(options.Value.ExpirySweepIntervalSeconds));
        try
        {
            do
            {
                try
                {
                    await SweepAsync(stoppingToken);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    log.LogWarning(e, "Expiring blacklist entries failed; the next sweep tries again.");
                }
            } while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private async Task SweepAsync(CancellationToken ct)
    {
        int expired;
        do
        {
            await using var scope = scopes.CreateAsyncScope();
            expired = await scope.ServiceProvider.GetRequiredService<BlacklistExpiry>().ExpireDueAsync(ct);
            if (expired > 0) log.LogInformation("Expired {Count} blacklist entries past their end date.", expired);
        } while (expired > 0);
    }
}
