using Microsoft.EntityFrameworkCore;
using Regulator.Domain.Filings;

namespace Regulator.Domain.Inspections.Rules;

/// <summary>
/// CAC Art. 12: filings are reviewed by the provincial office. One still waiting after the configured number of
/// days is work overdue, listed against the platform so the province sees where its backlog is.
/// </summary>
public sealed class ReviewOverdueRule : IInspectionRule
{
    public string Code => "review-overdue";
    public FindingCategory Category => FindingCategory.FilingReview;
    public FindingSeverity Severity => FindingSeverity.Minor;
    public string Article => "CAC-12";

    public async Task<FindingDraft?> InspectAsync(PlatformUnderInspection subject, CancellationToken ct)
    {
        // Waiting since it was last submitted: a resubmission starts the review over.
        var cutoff = subject.NowUtc.AddDays(-subject.Options.ReviewOverdueDays);
        var waiting = subject.Db.Filings.AsNoTracking().Where(f => f.PlatformId == subject.Platform.Id && f.Status == FilingStatus.Submitted && f.UpdatedUtc < cutoff);
        var count = await waiting.CountAsync(ct);
        if (count == 0) return null;
        var sample = await waiting.OrderBy(f => f.UpdatedUtc).ThenBy(f => f.Id).Take(subject.Options.MaxEvidencePerFinding).ToListAsync(ct);
        return new FindingDraft(count, sample
            .Select(f => new EvidenceItem($"{LiveFilings.Describe(f)}，已待审核 {(int)(subject.NowUtc - f.UpdatedUtc).TotalDays} 天", f.IdentityMasked, LiveFilings.Href(f)))
            .ToList());
    }
}
