using Microsoft.EntityFrameworkCore;
using Regulator.Domain.Auditing;
using Regulator.Domain.Common;
using Regulator.Domain.Persistence;
using Regulator.Domain.Identity;

namespace Regulator.Domain.Filings;

/// <summary>
/// Review by the provincial office and withdrawal by the platform. Filings are looked up through the scoped
/// context, so a filing of another province (or another platform) is simply not found: callers answer 404.
/// Every decision is written to the filing's history and to the audit log in the same save; a step not taken
/// changes and audits nothing.
/// </summary>
public sealed class FilingReview(RegulatorDbContext db, AuditLog audit, TimeProvider clock)
{
    /// <summary>
    /// Accepts, returns or rejects one filing; done with the filing as it now stands. Not found when the filing is not
    /// visible to the reviewer; refused, a conflict or invalid (field <c>reason</c>) as <see cref="Filing.Accept"/>,
    /// <see cref="Filing.ReturnForCorrection"/> and <see cref="Filing.Reject"/> say.
    /// </summary>
    public async Task<StepResult<Filing>> DecideAsync(long filingId, FilingDecision decision, string? reason, Actor reviewer, CancellationToken ct = default)
    {
        var filing = await db.Filings.FirstOrDefaultAsync(f => f.Id == filingId, ct);
        if (filing is null) return StepFailure.NotFound;
        var now = clock.GetUtcNow().UtcDateTime;
        var failure = decision switch
        {
            FilingDecision.Accept => filing.Accept(reviewer, now),
            FilingDecision.ReturnForCorrection => filing.ReturnForCorrection(reviewer, reason ?? "", now),
            FilingDecision.Reject => filing.Reject(reviewer, reason ?? "", now),
            _ => throw new ArgumentOutOfRangeException(nameof(decision)),
        };
        if (failure is not null) return failure;
        audit.Add(AuditActions.FilingReviewed, nameof(Filing), filing.Id.ToString(), filing.ProvinceCode, filing.StatusReason, $"{decision} → {filing.Status}");
        await db.SaveChangesAsync(ct);
        return filing;
    }

    /// <summary>
    /// Accepts every filing of one submission that passed all intake rules and still waits for review — a clean
    /// batch. Filings the rules returned or rejected are left alone, and so are documents without a check character,
    /// which a reviewer compares with the document one by one. Done with how many were accepted (0 or more); not
    /// found when the submission is not visible; refused for anyone but an administrator of its province.
    /// </summary>
    public async Task<StepResult<int>> AcceptCleanSubmissionAsync(long submissionId, Actor reviewer, CancellationToken ct = default)
    {
        var submission = await db.FilingSubmissions.AsNoTracking().FirstOrDefaultAsync(s => s.Id == submissionId, ct);
        if (submission is null) return StepFailure.NotFound;
        // Checked here as well as per filing, so that a batch with nothing pending is refused and audited as nothing.
        if (!reviewer.IsProvincialAdministratorOf(submission.ProvinceCode)) return Filing.ReviewerOnly;
        var pending = await db.Filings.Where(f => f.SubmissionId == submissionId && f.Status == FilingStatus.Submitted
            && (f.DocumentType == null || f.DocumentType != IdentityNumbers.IdentityDocumentType.ManualReview)).ToListAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        // Every one is the reviewer's province's and waits for review, so none refuses.
        foreach (var filing in pending) filing.Accept(reviewer, now);
        audit.Add(AuditActions.FilingsBulkAccepted, nameof(FilingSubmission), submissionId.ToString(), submission.ProvinceCode, details: $"{pending.Count} accepted");
        await db.SaveChangesAsync(ct);
        return pending.Count;
    }

    /// <summary>
    /// The calling platform withdraws its filing; done with the withdrawn filing. Not found when the platform has no
    /// filing with that publisher id; refused, a conflict or invalid as <see cref="Filing.Withdraw"/> says.
    /// </summary>
    public async Task<StepResult<Filing>> WithdrawAsync(int platformId, string platformPublisherId, string? reason, Actor platform, CancellationToken ct = default)
    {
        var filing = await db.Filings.FirstOrDefaultAsync(f => f.PlatformId == platformId && f.PlatformPublisherId == platformPublisherId, ct);
        if (filing is null) return StepFailure.NotFound;
        if (filing.Withdraw(platform, reason, clock.GetUtcNow().UtcDateTime) is { } failure) return failure;
        await db.SaveChangesAsync(ct);
        return filing;
    }
}
