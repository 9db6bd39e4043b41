using Microsoft.EntityFrameworkCore;
using Regulator.Domain.Auditing;
using Regulator.Domain.Persistence;
using Regulator.Domain.Identity;

namespace Regulator.Domain.Filings;

/// <summary>
/// Review by the provincial office and withdrawal by the platform. Filings are looked up through the scoped
/// context, so a filing of another province (or another platform) is simply not found: callers answer 404.
/// Every decision is written to the filing's history and to the audit log in the same save.
/// </summary>
public sealed class FilingReview(RegulatorDbContext db, AuditLog audit, TimeProvider clock)
{
    /// <summary>False when the filing is not visible to the reviewer. Throws <see cref="FilingTransitionException"/> when the rules forbid the step.</summary>
    public async Task<bool> DecideAsync(long filingId, FilingDecision decision, string? reason, Actor reviewer, CancellationToken ct = default)
    {
        var filing = await db.Filings.FirstOrDefaultAsync(f => f.Id == filingId, ct);
        if (filing is null) return false;
        var now = clock.GetUtcNow().UtcDateTime;
        switch (decision)
        {
            case FilingDecision.Accept: filing.Accept(reviewer, now); break;
            case FilingDecision.ReturnForCorrection: filing.ReturnForCorrection(reviewer, reason ?? "", now); break;
            case FilingDecision.Reject: filing.Reject(reviewer, reason ?? "", now); break;
            default: throw new ArgumentOutOfRangeException(nameof(decision));
        }
        audit.Add(AuditActions.FilingReviewed, nameof(Filing), filing.Id.ToString(), filing.ProvinceCode, filing.StatusReason, $"{decision} → {filing.Status}");
        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>
    /// Accepts every filing of one submission that passed all intake rules and still waits for review — a clean
    /// batch. Filings the rules returned or rejected are left alone, and so are documents without a check character,
    /// which a reviewer compares with the document one by one. Returns how many were accepted, or null when the
    /// submission is not visible.
    /// </summary>
    public async Task<int?> AcceptCleanSubmissionAsync(long submissionId, Actor reviewer, CancellationToken ct = default)
    {
        var submission = await db.FilingSubmissions.AsNoTracking().FirstOrDefaultAsync(s => s.Id == submissionId, ct);
        if (submission is null) return null;
        // Checked here as well as per filing, so that a batch with nothing pending is refused and audited as nothing.
        if (reviewer.Kind != ActorKind.ProvincialAdministrator || reviewer.ProvinceCode != submission.ProvinceCode)
            throw new FilingTransitionException("只有备案所在省份的省级管理员可以审核 (only administrators of the filing's province may review it)");
        var pending = await db.Filings.Where(f => f.SubmissionId == submissionId && f.Status == FilingStatus.Submitted
            && (f.DocumentType == null || f.DocumentType != IdentityNumbers.IdentityDocumentType.ManualReview)).ToListAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var filing in pending) filing.Accept(reviewer, now);
        audit.Add(AuditActions.FilingsBulkAccepted, nameof(FilingSubmission), submissionId.ToString(), submission.ProvinceCode, details: $"{pending.Count} accepted");
        await db.SaveChangesAsync(ct);
        return pending.Count;
    }

    /// <summary>The calling platform withdraws its filing. False when the platform has no filing with that id.</summary>
    public async Task<bool> WithdrawAsync(int platformId, string platformPublisherId, string? reason, Actor platform, CancellationToken ct = default)
    {
        var filing = await db.Filings.FirstOrDefaultAsync(f => f.PlatformId == platformId && f.PlatformPublisherId == platformPublisherId, ct);
        if (filing is null) return false;
        filing.Withdraw(platform, reason, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
        return true;
    }
}
