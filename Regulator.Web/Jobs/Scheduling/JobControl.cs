using Hangfire;
using Hangfire.Common;
using Hangfire.States;
using Hangfire.Storage;
using Regulator.Domain.Jobs;

namespace Regulator.Web.Jobs.Scheduling;

/// <summary>
/// What the jobs pages do to Hangfire: read each recurring job's state, run one now, pause, resume, change its
/// cron. Everything goes through Hangfire's storage, so with PostgreSQL every node of the cluster sees the change.
/// Hangfire has no paused state for a recurring job: pausing keeps the cron aside (in a storage hash of its own)
/// and sets the job to never fire; resuming puts the kept cron back.
/// </summary>
public sealed class JobControl(JobStorage storage, IRecurringJobManagerV2 recurring, IBackgroundJobClient client, TimeProvider clock)
{
    /// <summary>Recurring jobs fire in China Standard Time, the time their crons are written and read in.</summary>
    public static RecurringJobOptions Options => new() { TimeZone = CronSchedule.ChinaZone };

    public Task<IReadOnlyList<RecurringJobStatus>> ListAsync(CancellationToken ct = default)
    {
        using var connection = storage.GetConnection();
        var stored = connection.GetRecurringJobs(RecurringJobs.All.Select(j => j.Name)).Where(d => !d.Removed).ToDictionary(d => d.Id);
        var result = new List<RecurringJobStatus>();
        foreach (var job in RecurringJobs.All)
        {
            var dto = stored.GetValueOrDefault(job.Name);
            var pausedCron = PausedCron(connection, job);
            var cron = pausedCron ?? dto?.Cron ?? job.DefaultCron;
            var state = dto is null ? RecurringJobState.None : pausedCron is not null ? RecurringJobState.Paused : RecurringJobState.Normal;
            var next = state == RecurringJobState.Paused || !CronSchedule.TryParse(cron, out var schedule, out _) ? [] : schedule.NextOccurrences(clock.GetUtcNow(), 3);
            result.Add(new RecurringJobStatus(job, cron, state, next, dto?.LastExecution is { } last ? new DateTimeOffset(last, TimeSpan.Zero) : null));
        }
        return Task.FromResult<IReadOnlyList<RecurringJobStatus>>(result);
    }

    /// <summary>Runs the job now, outside its schedule (also while it is paused); returns the background job's id.</summary>
    public Task<string> RunNowAsync(RecurringJob job, CancellationToken ct = default) =>
        Task.FromResult(client.Create(job.Job, new EnqueuedState()));

    /// <summary>Runs any job method now (a regeneration with arguments of its own, a job of the tests).</summary>
    public Task<string> EnqueueAsync(Job job, CancellationToken ct = default) => Task.FromResult(client.Create(job, new EnqueuedState()));

    public Task PauseAsync(RecurringJob job, string? by, CancellationToken ct = default)
    {
        var cron = CurrentCron(job);
        using var connection = storage.GetConnection();
        if (PausedCron(connection, job) is null)
        {
            connection.SetRangeInHash(PausedKey(job), [new("cron", cron), new("by", by ?? ""), new("at", clock.GetUtcNow().ToString("O"))]);
            recurring.AddOrUpdate(job.Name, job.Job, Cron.Never(), Options);
        }
        return Task.CompletedTask;
    }

    public Task ResumeAsync(RecurringJob job, CancellationToken ct = default)
    {
        using var connection = storage.GetConnection();
        if (PausedCron(connection, job) is { } cron)
        {
            recurring.AddOrUpdate(job.Name, job.Job, cron, Options);
            using var transaction = connection.CreateWriteTransaction();
            transaction.RemoveHash(PausedKey(job));
            transaction.Commit();
        }
        return Task.CompletedTask;
    }

    /// <summary>Replaces the job's schedule (kept for later while it is paused); null when done, otherwise why the cron was refused.</summary>
    public Task<string?> RescheduleAsync(RecurringJob job, string cron, CancellationToken ct = default)
    {
        if (!CronSchedule.TryParse(cron, out var schedule, out var error)) return Task.FromResult<string?>(error);
        using var connection = storage.GetConnection();
        if (PausedCron(connection, job) is not null) connection.SetRangeInHash(PausedKey(job), [new("cron", schedule.Expression)]);
        else recurring.AddOrUpdate(job.Name, job.Job, schedule.Expression, Options);
        return Task.FromResult<string?>(null);
    }

    /// <summary>
    /// Puts each recurring job in the store the first time a portal starts on it. Later starts keep the cron found
    /// there (an administrator's change, or a pause) and only refresh the method called, so schedules survive
    /// restarts and are shared by the cluster.
    /// </summary>
    public void EnsureRecurringJobs()
    {
        using var connection = storage.GetConnection();
        var stored = connection.GetRecurringJobs(RecurringJobs.All.Select(j => j.Name)).Where(d => !d.Removed).ToDictionary(d => d.Id);
        foreach (var job in RecurringJobs.All)
            recurring.AddOrUpdate(job.Name, job.Job, stored.GetValueOrDefault(job.Name)?.Cron ?? job.DefaultCron, Options);
    }

    private string CurrentCron(RecurringJob job)
    {
        using var connection = storage.GetConnection();
        return PausedCron(connection, job) ?? connection.GetRecurringJobs([job.Name]).FirstOrDefault(d => !d.Removed)?.Cron ?? job.DefaultCron;
    }

    private static string? PausedCron(IStorageConnection connection, RecurringJob job) =>
        connection.GetAllEntriesFromHash(PausedKey(job)) is { } entries && entries.TryGetValue("cron", out var cron) ? cron : null;

    private static string PausedKey(RecurringJob job) => $"regulator:paused:{job.Name}";
}
