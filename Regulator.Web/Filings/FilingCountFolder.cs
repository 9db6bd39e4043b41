using Microsoft.Extensions.Options;
using Regulator.Domain.Filings;
using Regulator.Domain.Persistence;

namespace Regulator.Web.Filings;

/// <summary>
/// Folds the kept filing counts shortly after start-up and then every <see cref="FilingsOptions.CountFoldIntervalSeconds"/>,
/// so that a list's total reads a few rows however many batches came in. A fold that fails changes nothing (one
/// transaction) and the next one tries again.
/// </summary>
public sealed class FilingCountFolder(IServiceScopeFactory scopes, IOptions<FilingsOptions> options, ILogger<FilingCountFolder> log) : PeriodicWork(log)
{
    protected override TimeSpan Interval => TimeSpan.FromSeconds(options.Value.CountFoldIntervalSeconds);

    protected override string FailureMessage => "Folding the kept filing counts failed; the next fold tries again.";

    protected override async Task RunAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        await FilingCounts.FoldAsync(scope.ServiceProvider.GetRequiredService<RegulatorDbContext>(), ct);
    }
}
