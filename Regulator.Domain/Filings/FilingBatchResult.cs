namespace Regulator.Domain.Filings;

/// <summary>The answer to a batch; <see cref="Submission"/> is null when nothing was stored or changed.</summary>
public sealed record FilingBatchResult(IReadOnlyList<FilingItemResult> Items, FilingSubmission? Submission)
{
    public int InvalidCount => Items.Count(i => i.IsInvalid);
}
