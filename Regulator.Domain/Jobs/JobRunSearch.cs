using Microsoft.EntityFrameworkCore;
using Regulator.Domain.Common;
using Regulator.Domain.Persistence;

namespace Regulator.Domain.Jobs;

/// <summary>
/// The run history, newest first, filtered by job and outcome. Every run of every job over the years is kept, so it
/// pages by keyset on (start, id).
/// </summary>
public sealed record JobRunSearch(string? JobName = null, JobRunOutcome? Outcome = null) : IListQuery<JobRun>
{
    public Task<ListPage<JobRun>> PageAsync(RegulatorDbContext db, ListRequest page, CancellationToken ct = default)
    {
        var query = db.JobRuns.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(JobName)) query = query.Where(r => r.JobName == JobName);
        if (Outcome is { } outcome) query = query.Where(r => r.Outcome == outcome);
        return KeysetPaging.PageAsync(query, r => r.StartedUtc, r => r.Id, newestFirst: true, page, r => r, r => (r.StartedUtc, r.Id), ct);
    }

    /// <summary>The latest run of each of <paramref name="jobNames"/>, for the recurring jobs' table.</summary>
    public static async Task<Dictionary<string, JobRun>> LatestAsync(RegulatorDbContext db, IEnumerable<string> jobNames, CancellationToken ct = default)
    {
        var latest = new Dictionary<string, JobRun>();
        foreach (var name in jobNames)
        {
            if (await db.JobRuns.AsNoTracking().Where(r => r.JobName == name).OrderByDescending(r => r.StartedUtc).ThenByDescending(r => r.Id).FirstOrDefaultAsync(ct) is { } run)
                latest[name] = run;
        }
        return latest;
    }
}
