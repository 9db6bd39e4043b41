using Microsoft.EntityFrameworkCore;
using Regulator.Domain.Persistence;
using Regulator.Domain.Protection;

namespace Regulator.Domain.Jobs;

/// <summary>Writes the portal's record of job runs: start, progress, end.</summary>
public sealed class JobRunLog(RegulatorDbContext db, TimeProvider clock)
{
    /// <summary>
    /// Records a run starting. A run of the same background job (<see cref="JobRun.FireInstanceId"/>) still marked
    /// running or cancelled was left by a node that died or stopped: it reads "taken over", and this run
    /// <see cref="JobRun.Recovering"/>. (A job's runs never overlap: Hangfire hands a job to one worker at a time.)
    /// </summary>
    public async Task<JobRun> StartAsync(JobRun run, CancellationToken ct = default)
    {
        run.StartedUtc = clock.GetUtcNow().UtcDateTime;
        run.Outcome = JobRunOutcome.Running;
        var left = await db.JobRuns
            .Where(r => r.FireInstanceId == run.FireInstanceId && r.JobName == run.JobName
                        && (r.Outcome == JobRunOutcome.Running || r.Outcome == JobRunOutcome.Cancelled))
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.Outcome, JobRunOutcome.TakenOver).SetProperty(r => r.EndedUtc, run.StartedUtc), ct);
        run.Recovering = left > 0;
        db.JobRuns.Add(run);
        await db.SaveChangesAsync(ct);
        return run;
    }

    /// <summary>Sets a running run's progress bar (0–100) and note.</summary>
    public Task ReportProgressAsync(long runId, int percent, string? note, CancellationToken ct = default) =>
        db.JobRuns.Where(r => r.Id == runId && r.Outcome == JobRunOutcome.Running)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.ProgressPercent, Math.Clamp(percent, 0, 100))
                .SetProperty(r => r.ProgressNote, note == null || note.Length <= 250 ? note : note.Substring(0, 250)), ct);

    public async Task FinishAsync(long runId, JobRunOutcome outcome, string? error, JobProduct? product, CancellationToken ct = default)
    {
        var run = await db.JobRuns.FirstOrDefaultAsync(r => r.Id == runId, ct);
        if (run is null) return;
        run.EndedUtc = clock.GetUtcNow().UtcDateTime;
        run.Outcome = outcome;
        // Exception text quotes values; it is shown on the jobs page, so identity-shaped text is masked first.
        error = IdentityScrubber.Scrub(error);
        run.Error = error is null ? null : error.Length > JobRun.ErrorMaxLength ? error[..JobRun.ErrorMaxLength] : error;
        if (outcome == JobRunOutcome.Succeeded) run.ProgressPercent = 100;
        run.Produced = product?.Summary;
        run.ProducedHref = product?.Href;
        await db.SaveChangesAsync(ct);
    }
}
