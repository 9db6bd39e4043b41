namespace Regulator.Domain.Filings;

/// <summary>
/// The answer to a batch. <see cref="Submission"/> is null when nothing was stored or changed; <see cref="Created"/>
/// holds the new filings until <see cref="FilingIntake.SaveAsync"/> writes them.
/// </summary>
public sealed record FilingBatchResult(IReadOnlyList<FilingItemResult> Items, FilingSubmission? Submission, IReadOnlyList<Filing> Created)
{
    public int InvalidCount => Items.Count(i => i.IsInvalid);
}
