using Microsoft.EntityFrameworkCore;
using Regulator.Domain.Blacklist;
using Regulator.Domain.Common;
using Regulator.Domain.Persistence;
using Regulator.Domain.Platforms;
using Regulator.Domain.Protection;
using Regulator.Domain.Identity;

namespace Regulator.Domain.Filings;

/// <summary>
/// Takes a batch of filings from one platform (API or upload) and upserts them by (platform, platform publisher id).
/// Set-based on purpose: one query loads the batch's existing filings and one save stores the batch, so a million
/// filings cost a thousand round trips, not a million. Invalid items are answered and skipped; they never change
/// what is on file.
/// </summary>
/// <param name="blacklist">Returns filings of blacklisted identities; absent where no list is kept (unit tests, demo seeding).</param>
public sealed class FilingIntake(RegulatorDbContext db, IdentityProtector protector, TimeProvider clock, FilingBlacklistScreen? blacklist = null)
{
    public const int MaxBatchSize = 1000;

    /// <summary>
    /// Files a batch for the platform (at most <see cref="MaxBatchSize"/> drafts). Done with the per-item results —
    /// invalid items are results, not a failure; not found when the platform is not visible to the current actor.
    /// </summary>
    public async Task<StepResult<FilingBatchResult>> SubmitAsync(int platformId, IReadOnlyList<FilingDraft> drafts, FilingSource source, CancellationToken ct = default)
    {
        if (await FindPlatformAsync(platformId, ct) is not { } platform) return StepFailure.NotFound;
        var result = await StageAsync(platform, drafts, source, null, ct);
        await SaveAsync(result, ct);
        return result;
    }

    /// <summary>
    /// Stores a staged batch in one transaction: the submission and the changed filings through the unit of work
    /// (one SaveChanges), the new filings and their first history rows set-based. On PostgreSQL that is a binary
    /// COPY, several times cheaper per row than INSERT; elsewhere (the embedded SQLite) the same SaveChanges takes them.
    /// </summary>
    public async Task SaveAsync(FilingBatchResult batch, CancellationToken ct = default)
    {
        if (batch.Created.Count == 0 || !db.Database.IsNpgsql())
        {
            db.Filings.AddRange(batch.Created);
            await db.SaveChangesAsync(ct);
            return;
        }
        await using var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        await db.SaveChangesAsync(ct);
        var history = batch.Created.SelectMany(f => f.History).ToList();
        var filingIds = await PostgresBulkCopy.NextIdsAsync<Filing>(db, batch.Created.Count, ct);
        var historyIds = await PostgresBulkCopy.NextIdsAsync<FilingHistoryEntry>(db, history.Count, ct);
        for (var i = 0; i < batch.Created.Count; i++)
        {
            var filing = batch.Created[i];
            filing.Id = filingIds[i];
            filing.SubmissionId = filing.Submission!.Id;
            foreach (var entry in filing.History) entry.FilingId = filing.Id;
        }
        for (var i = 0; i < history.Count; i++) history[i].Id = historyIds[i];
        await PostgresBulkCopy.CopyAsync(db, batch.Created, ct);
        await PostgresBulkCopy.CopyAsync(db, history, ct);
        if (transaction is not null) await transaction.CommitAsync(ct);
    }

    /// <summary>The platform with its licences, if the current actor may see it (a province's own platforms, a client's own).</summary>
    public Task<Platform?> FindPlatformAsync(int platformId, CancellationToken ct = default) =>
        db.Platforms.Include(p => p.Licences).AsNoTracking().FirstOrDefaultAsync(p => p.Id == platformId, ct);

    /// <summary>
    /// Applies the rules and prepares the batch without saving: changed filings are updated in the unit of work, new
    /// ones are returned in <see cref="FilingBatchResult.Created"/> for <see cref="SaveAsync"/>. The demo seeder
    /// reviews some of them before saving; an upload spreads one submission (<paramref name="into"/>) over several batches.
    /// </summary>
    public async Task<FilingBatchResult> StageAsync(Platform platform, IReadOnlyList<FilingDraft> drafts, FilingSource source,
        FilingSubmission? into = null, CancellationToken ct = default)
    {
        if (drafts.Count > MaxBatchSize)
            throw new ArgumentException($"A batch holds at most {MaxBatchSize} filings.", nameof(drafts));
        var now = clock.GetUtcNow().UtcDateTime;
        var today = ChinaTime.Today(clock);
        IReadOnlyList<FilingAssessment> assessments = drafts.Select(d => FilingRules.Assess(d, platform, today)).ToList();
        if (blacklist is not null) assessments = await blacklist.ScreenAsync(platform, assessments, ct);

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var duplicates = new HashSet<int>();
        for (var i = 0; i < assessments.Count; i++)
            if (assessments[i].PlatformPublisherId.Length > 0 && !seen.Add(assessments[i].PlatformPublisherId)) duplicates.Add(i);

        var ids = assessments.Where(a => a.IsValid).Select(a => a.PlatformPublisherId).Distinct().ToList();
        var existing = ids.Count == 0
            ? new Dictionary<string, Filing>()
            : await db.Filings.Where(f => f.PlatformId == platform.Id && ids.Contains(f.PlatformPublisherId))
                .ToDictionaryAsync(f => f.PlatformPublisherId, StringComparer.Ordinal, ct);

        var actor = Actor.Platform(source.SubmittedBy);
        var submission = into;
        var items = new List<FilingItemResult>(assessments.Count);
        var created = new List<Filing>();
        for (var i = 0; i < assessments.Count; i++)
        {
            var a = assessments[i];
            if (duplicates.Contains(i))
            {
                items.Add(new(i, a.PlatformPublisherId, FilingItemOutcome.Invalid, null,
                    [new("platformPublisherId", FilingProblemCodes.DuplicateInBatch, "同一批次中平台主播编号重复 (this platform publisher id appears earlier in the same batch)")]));
                continue;
            }
            if (!a.IsValid)
            {
                items.Add(new(i, a.PlatformPublisherId, FilingItemOutcome.Invalid, null, a.Errors));
                continue;
            }
            var fingerprint = protector.Fingerprint(a.CanonicalContent());
            existing.TryGetValue(a.PlatformPublisherId, out var filing);
            if (filing is not null && filing.IsUnchangedBy(fingerprint))
            {
                items.Add(new(i, a.PlatformPublisherId, FilingItemOutcome.Unchanged, filing.Status, ProblemsOf(filing.Status, a)));
                continue;
            }
            submission ??= NewSubmission(platform, source, now);
            if (filing is null)
            {
                created.Add(Filing.File(a, platform, protector, fingerprint, submission, actor, today, now));
                items.Add(new(i, a.PlatformPublisherId, FilingItemOutcome.Created, a.Status, a.Reasons));
            }
            else
            {
                filing.Resubmit(a, protector, fingerprint, submission, actor, today, now);
                items.Add(new(i, a.PlatformPublisherId, FilingItemOutcome.Updated, a.Status, a.Reasons));
            }
        }

        if (submission is not null)
        {
            submission.ItemCount += items.Count;
            submission.StoredCount += items.Count(r => r.Outcome is FilingItemOutcome.Created or FilingItemOutcome.Updated);
            submission.UnchangedCount += items.Count(r => r.Outcome == FilingItemOutcome.Unchanged);
            submission.InvalidCount += items.Count(r => r.IsInvalid);
            if (db.Entry(submission).State == EntityState.Detached) db.FilingSubmissions.Add(submission);
        }
        return new FilingBatchResult(items, submission, created);
    }

    // An unchanged item still tells the platform why it stands where it does, if the rules are the reason.
    private static IReadOnlyList<FilingProblem> ProblemsOf(FilingStatus status, FilingAssessment a) => status == a.Status ? a.Reasons : [];

    public static FilingSubmission NewSubmission(Platform platform, FilingSource source, DateTime now) => new()
    {
        PlatformId = platform.Id,
        ProvinceCode = platform.ProvinceCode,
        Channel = source.Channel,
        ReceivedUtc = now,
        SubmittedBy = source.SubmittedBy,
        FileName = source.FileName,
    };
}
