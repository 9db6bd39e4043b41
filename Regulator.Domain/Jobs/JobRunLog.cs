using Microsoft.EntityFrameworkCore;
using Regulator.Domain.Persistence;
using Regulator.Domain.Protection;

namespace Regulator.Domain.Jobs;

/// <summary>Writes the portal's record of job runs: start, progress, end.</summary>
public sealed class JobRunLog(RegulatorDbContext db, TimeProvider clock)
{
    public async Task<JobRun> StartAsync(JobRun run, CancellationToken ct = default)
    {
        run.StartedUtc = clock.GetUtcNow().UtcDateTime;
        run.Outcome = JobRunOutcome.Running;
        db.JobRuns.Add(run);
        if (run.Recovering)
        {
            // The run this one takes over would otherwise stay "running" for ever (its node died and cannot say
            // otherwise) or read "cancelled" (its node stopped and handed the firing back). A recovery names the
            // trigger whose firing it replays; that trigger has no other firing in flight.
            await db.JobRuns
                .Where(r => r.JobName == run.JobName && r.TriggerName == run.TriggerName && r.FireInstanceId != run.FireInstanceId
                            && (r.Outcome == JobRunOutcome.Running || r.Outcome == JobRunOutcome.Cancelled))
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.Outcome, JobRunOutcome.TakenOver).SetProperty(r => r.EndedUtc, run.StartedUtc), ct);
        }
        await db.SaveChangesAsync(ct);
        return run;
    }

    public Task ReportProgressAsync(string fireInstanceId, int percent, string? note, CancellationToken ct = default) =>
        db.JobRuns.Where(r => r.FireInstanceId == fireInstanceId && r.Outcome == JobRunOutcome.Running)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.ProgressPercent, Math.Clamp(percent, 0, 100)).SetProperty(r => r.ProgressNote, note), ct);

    public async Task FinishAsync(string fireInstanceId, JobRunOutcome outcome, string? error, JobProduct? product, CancellationToken ct = default)
    {
        var run = await db.JobRuns.OrderByDescending(r => r.Id).FirstOrDefaultAsync(r => r.FireInstanceId == fireInstanceId, ct);
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
