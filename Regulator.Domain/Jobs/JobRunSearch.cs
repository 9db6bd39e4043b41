using Microsoft.EntityFrameworkCore;
using Regulator.Domain.Common;
using Regulator.Domain.Persistence;

namespace Regulator.Domain.Jobs;

/// <summary>The run history, newest first, filtered by job and outcome, read by keyset on (start, id).</summary>
public sealed record JobRunSearch(string? JobName = null, JobRunOutcome? Outcome = null, string? After = null, int PageSize = 50)
{
    public async Task<KeysetPage<JobRun>> RunAsync(RegulatorDbContext db, CancellationToken ct = default)
    {
        var query = db.JobRuns.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(JobName)) query = query.Where(r => r.JobName == JobName);
        if (Outcome is { } outcome) query = query.Where(r => r.Outcome == outcome);
        if (KeysetCursor.Decode(After) is var (utc, id)) query = query.Where(r => r.StartedUtc < utc || (r.StartedUtc == utc && r.Id < id));
        var rows = await query.OrderByDescending(r => r.StartedUtc).ThenByDescending(r => r.Id).Take(PageSize + 1).ToListAsync(ct);
        var next = rows.Count > PageSize ? KeysetCursor.Encode(rows[PageSize - 1].StartedUtc, rows[PageSize - 1].Id) : null;
        return new KeysetPage<JobRun>(rows.Take(PageSize).ToList(), next);
    }
}
