using Quartz;
using Quartz.Extensibility;
using Regulator.Domain.Jobs;

namespace Regulator.Web.Jobs.Scheduling;

/// <summary>
/// Records every firing of every job in the portal's own <see cref="JobRun"/> table: start, progress, end,
/// outcome, error and what it produced. Each notification gets its own scope, as a job does.
/// </summary>
public sealed class JobRunListener(IServiceScopeFactory scopes, ILogger<JobRunListener> logger) : IJobListener
{
    public async ValueTask JobToBeExecuted(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<JobRunLog>().StartAsync(new JobRun
        {
            JobName = context.JobDetail.Key.Name,
            TriggerName = (context.Recovering ? context.RecoveringTriggerKey : context.Trigger.Key)?.Name ?? context.Trigger.Key.Name,
            FireInstanceId = context.FireInstanceId,
            Node = context.Scheduler.SchedulerInstanceId,
            ScheduledUtc = context.ScheduledFireTimeUtc?.UtcDateTime,
            Attempt = context.RetryAttempt,
            Recovering = context.Recovering,
        }, cancellationToken);
    }

    public async ValueTask JobProgressChanged(IJobExecutionContext context, FireInstanceProgress progress, CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<JobRunLog>().ReportProgressAsync(context.FireInstanceId, progress.Percent, progress.Message, cancellationToken);
    }

    public async ValueTask JobWasExecuted(IJobExecutionContext context, JobExecutionException? jobException, CancellationToken cancellationToken = default)
    {
        var outcome = context.Outcome switch
        {
            ExecutionOutcome.Succeeded => JobRunOutcome.Succeeded,
            ExecutionOutcome.Cancelled => JobRunOutcome.Cancelled,
            _ when context.RetryScheduled => JobRunOutcome.RetryScheduled,
            _ => JobRunOutcome.Failed,
        };
        var error = jobException is null ? null : Describe(jobException.InnerException ?? jobException);
        if (outcome is JobRunOutcome.Failed or JobRunOutcome.RetryScheduled)
            logger.LogWarning(jobException, "Job {Job} failed ({Outcome}, attempt {Attempt})", context.JobDetail.Key, outcome, context.RetryAttempt);
        await using var scope = scopes.CreateAsyncScope();
        // The scheduler may be stopping; the record of how the run ended is still worth writing.
        await scope.ServiceProvider.GetRequiredService<JobRunLog>()
            .FinishAsync(context.FireInstanceId, outcome, error, context.Result as JobProduct, CancellationToken.None);
    }

    /// <summary>The message people act on first, then the chain of causes; no stack trace on the jobs page.</summary>
    private static string Describe(Exception exception)
    {
        var parts = new List<string>();
        for (var e = exception; e is not null; e = e.InnerException) parts.Add(e.Message);
        return string.Join(" ← ", parts.Distinct());
    }
}
