using Quartz;
using Regulator.Domain.Credit;
using Regulator.Domain.Jobs;

namespace Regulator.Web.Jobs.Scheduling;

/// <summary>The scheduler's handle on <see cref="CreditDailyWork"/>, which holds the work itself (so re-wiring to another scheduler is this file only).</summary>
[DisallowConcurrentExecution]
public sealed class CreditDailyJob(CreditDailyWork work) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        var summary = await work.RunAsync(cancellationToken);
        context.Result = new JobProduct(summary, "/credit");
    }
}
