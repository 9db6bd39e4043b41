namespace Regulator.Domain.Filings;

/// <summary>
/// One item's answer: its position in the batch, the platform's id for it, what intake did, the status it now
/// has and, for an invalid, returned or rejected item, the problems or reasons.
/// </summary>
public sealed record FilingItemResult(int Index, string PlatformPublisherId, FilingItemOutcome Outcome, FilingStatus? Status, IReadOnlyList<FilingProblem> Problems)
{
    public bool IsInvalid => Outcome == FilingItemOutcome.Invalid;
}
