using Microsoft.Extensions.Options;
using Regulator.Domain.Blacklist;

namespace Regulator.Web.Blacklist;

/// <summary>Expires entries past their end date, shortly after start-up and then every sweep interval.</summary>
public sealed class BlacklistExpirySweeper(IServiceScopeFactory scopes, IOptions<BlacklistOptions> options, ILogger<BlacklistExpirySweeper> log) : PeriodicWork(log)
{
    protected override TimeSpan Interval => TimeSpan.FromSeconds(options.Value.ExpirySweepIntervalSeconds);

    protected override string FailureMessage => "Expiring blacklist entries failed; the next sweep tries again.";

    protected override async Task RunAsync(CancellationToken ct)
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
