using Hangfire.Common;
using Hangfire.Server;
using Regulator.Domain.Jobs;

namespace Regulator.Web.Jobs.Scheduling;

/// <summary>
/// Records every run of every Hangfire job in the portal's own <see cref="JobRun"/> table (start, end, outcome,
/// error, what it produced), so the jobs pages can show runs in the portal's terms. Each write gets its own scope.
/// Whether a failed run will be retried is decided as <c>AutomaticRetry</c> decides it: attempts left under
/// <see cref="JobsOptions.RetryAttempts"/>.
/// </summary>
public sealed class JobRunFilter(IServiceScopeFactory scopes, JobsOptions options, ILogger<JobRunFilter> logger) : JobFilterAttribute, IServerFilter
{
    public void OnPerforming(PerformingContext context)
    {
        var recurringId = context.GetJobParameter<string>("RecurringJobId", allowStale: true);
        var type = context.BackgroundJob.Job.Type;
        using var scope = scopes.CreateScope();
        var run = scope.ServiceProvider.GetRequiredService<JobRunLog>().StartAsync(new JobRun
        {
            JobName = recurringId ?? RecurringJobs.ForType(type)?.Name ?? type.Name,
            TriggerName = recurringId is null ? JobRun.ManualTrigger : JobRun.ScheduleTrigger,
            FireInstanceId = context.BackgroundJob.Id,
            Node = context.ServerId ?? Environment.MachineName,
            ScheduledUtc = context.BackgroundJob.CreatedAt,
            Attempt = context.GetJobParameter<int>("RetryCount", allowStale: true),
        }).GetAwaiter().GetResult();
        context.Items[JobRunReporter.RunIdItem] = run.Id;
    }

    public void OnPerformed(PerformedContext context)
    {
        if ((context.Items.TryGetValue(JobRunReporter.RunIdItem, out var item) ? item : null) is not long runId) return;
        var attempt = context.GetJobParameter<int>("RetryCount", allowStale: true);
        var exception = context.Exception;
        var outcome = exception switch
        {
            null => JobRunOutcome.Succeeded,
            OperationCanceledException when context.CancellationToken.ShutdownToken.IsCancellationRequested => JobRunOutcome.Cancelled,
            _ when attempt < options.RetryAttempts => JobRunOutcome.RetryScheduled,
            _ => JobRunOutcome.Failed,
        };
        if (outcome is JobRunOutcome.Failed or JobRunOutcome.RetryScheduled)
            logger.LogWarning(exception, "Job {Job} failed ({Outcome}, attempt {Attempt})", context.BackgroundJob.Id, outcome, attempt);
        using var scope = scopes.CreateScope();
        // The server may be stopping; the record of how the run ended is still worth writing.
        scope.ServiceProvider.GetRequiredService<JobRunLog>()
            .FinishAsync(runId, outcome, exception is null ? null : Describe(exception), (context.Items.TryGetValue(JobRunReporter.ProductItem, out var product) ? product as JobProduct : null), CancellationToken.None)
            .GetAwaiter().GetResult();
    }

    /// <summary>The message people act on first, then the chain of causes; Hangfire's own wrapper and the stack trace left out.</summary>
    private static string Describe(Exception exception)
    {
        var parts = new List<string>();
        for (var e = exception; e is not null; e = e.InnerException)
            if (e is not Hangfire.Server.JobPerformanceException) parts.Add(e.Message);
        return string.Join(" ← ", parts.Distinct());
    }
}
