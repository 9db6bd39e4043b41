using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Regulator.Domain.Common;
using Regulator.Domain.Persistence;

namespace Regulator.Domain.Inspections;

/// <summary>
/// Applies every <see cref="IInspectionRule"/> to every platform. Idempotent per run key (the period): each platform's
/// findings are saved together with its <see cref="PlatformInspection"/> in one transaction, so running the same key
/// again from the same job (a retry, or a node taking over from one that died) skips the platforms already done and
/// never doubles a finding. Another job running a key already completed (a "run now" later the same day) redoes the
/// inspection in place: its findings are replaced, and its documents are regenerated as new versions.
/// </summary>
public sealed class InspectionRunner(RegulatorDbContext db, IEnumerable<IInspectionRule> rules, IOptions<InspectionOptions> options, TimeProvider clock)
{
    /// <param name="runKey">The period, e.g. <c>inspection:2026-11-30</c>.</param>
    /// <param name="jobId">The background job running it; null outside a job (a completed key is then left as it is).</param>
    public async Task<Inspection> RunAsync(string runKey, string? jobId = null, IProgress<InspectionProgress>? progress = null, CancellationToken ct = default)
    {
        var inspection = await StartOrResumeAsync(runKey, jobId, ct);
        if (inspection.IsCompleted) return inspection;

        var platforms = await db.Platforms.AsNoTracking().OrderBy(p => p.Id).Select(p => new { p.Id, p.Name }).ToListAsync(ct);
        var done = (await db.PlatformInspections.Where(p => p.InspectionId == inspection.Id).Select(p => p.PlatformId).ToListAsync(ct)).ToHashSet();
        for (var i = 0; i < platforms.Count; i++)
        {
            ct.ThrowIfCancellationRequested();
            if (!done.Contains(platforms[i].Id)) await InspectPlatformAsync(inspection, platforms[i].Id, ct);
            progress?.Report(new InspectionProgress(i + 1, platforms.Count, platforms[i].Name));
        }

        inspection.PlatformCount = platforms.Count;
        inspection.FindingCount = await db.Findings.CountAsync(f => f.InspectionId == inspection.Id, ct);
        inspection.CompletedUtc = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        return inspection;
    }

    private async Task<Inspection> StartOrResumeAsync(string runKey, string? jobId, CancellationToken ct)
    {
        if (await db.Inspections.FirstOrDefaultAsync(i => i.RunKey == runKey, ct) is { } existing)
        {
            if (jobId is null || existing.JobId == jobId) return existing;
            if (existing.IsCompleted)
            {
                // Redone on purpose: the platforms are inspected afresh and their findings replace the old ones.
                await db.Findings.Where(f => f.InspectionId == existing.Id).ExecuteDeleteAsync(ct);
                await db.PlatformInspections.Where(p => p.InspectionId == existing.Id).ExecuteDeleteAsync(ct);
                existing.CompletedUtc = null;
                existing.StartedUtc = clock.GetUtcNow().UtcDateTime;
                existing.PlatformCount = existing.FindingCount = 0;
            }
            // An unfinished one whose job is gone (or still going elsewhere) is carried on by this job: the unique
            // indexes keep the two from doubling a platform.
            existing.JobId = jobId;
            await db.SaveChangesAsync(ct);
            return existing;
        }
        var inspection = new Inspection { RunKey = runKey, JobId = jobId, StartedUtc = clock.GetUtcNow().UtcDateTime, InspectedOn = ChinaTime.Today(clock) };
        db.Inspections.Add(inspection);
        await db.SaveChangesAsync(ct);
        return inspection;
    }

    private async Task InspectPlatformAsync(Inspection inspection, int platformId, CancellationToken ct)
    {
        var platform = await db.Platforms.AsNoTracking().Include(p => p.Licences).FirstAsync(p => p.Id == platformId, ct);
        var subject = new PlatformUnderInspection(platform, inspection.InspectedOn, clock.GetUtcNow().UtcDateTime, db, options.Value);
        var findings = new List<Finding>();
        foreach (var rule in rules)
        {
            if (await rule.InspectAsync(subject, ct) is not { } draft) continue;
            findings.Add(new Finding
            {
                InspectionId = inspection.Id,
                PlatformId = platform.Id,
                ProvinceCode = platform.ProvinceCode,
                RuleCode = rule.Code,
                Category = rule.Category,
                Severity = rule.Severity,
                Article = rule.Article,
                SubjectCount = draft.SubjectCount,
                Evidence = draft.Evidence.Take(options.Value.MaxEvidencePerFinding)
                    .Select(e => new FindingEvidence { Description = e.Description, MaskedIdentity = e.MaskedIdentity, RecordHref = e.RecordHref })
                    .ToList(),
            });
        }
        db.Findings.AddRange(findings);
        db.PlatformInspections.Add(new PlatformInspection
        {
            InspectionId = inspection.Id,
            PlatformId = platform.Id,
            ProvinceCode = platform.ProvinceCode,
            CompletedUtc = clock.GetUtcNow().UtcDateTime,
            FindingCount = findings.Count,
        });
        // One SaveChanges is one transaction: the platform is either done with all its findings or not at all.
        await db.SaveChangesAsync(ct);
        // Keeps the change tracker from growing with every platform of a national inspection.
        db.ChangeTracker.Clear();
        db.Attach(inspection);
    }
}
