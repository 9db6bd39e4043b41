namespace Regulator.Domain.Filings.Csv;

/// <summary>One data row of an upload: its line in the file (header is line 1) and what became of it.</summary>
public sealed record FilingCsvRowResult(int Line, string PlatformPublisherId, FilingItemOutcome Outcome, FilingStatus? Status, IReadOnlyList<FilingProblem> Problems)
{
    /// <summary>Rows the platform has to correct and send again: refused, or stored but returned or rejected.</summary>
    public bool NeedsCorrection => Outcome == FilingItemOutcome.Invalid || Status is FilingStatus.ReturnedForCorrection or FilingStatus.Rejected;
}
