using Hangfire.Server;
using Regulator.Domain.Credit;
using Regulator.Domain.Jobs;

namespace Regulator.Web.Jobs.Scheduling;

/// <summary>The scheduler's handle on <see cref="CreditDailyWork"/>, which holds the work itself (so re-wiring to another scheduler is this file only).</summary>
public sealed class CreditDailyJob(CreditDailyWork work, JobRunReporter report)
{
    /// <param name="context">Hangfire's, given by Hangfire (null when enqueued).</param>
    public async Task<string> RunAsync(PerformContext context, CancellationToken cancellationToken)
    {
        var summary = await work.RunAsync(cancellationToken);
        return report.Produced(context, new JobProduct(summary, "/credit"));
    }
}
