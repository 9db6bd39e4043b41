namespace Regulator.Domain.Filings.Csv;

/// <summary>One data row of an upload: its row as Excel shows it (<see cref="Line"/>; the header is row 1) and what became of it.</summary>
public sealed record FilingCsvRowResult(int Line, string PlatformPublisherId, FilingItemOutcome Outcome, FilingStatus? Status, IReadOnlyList<FilingProblem> Problems)
{
    /// <summary>Rows the platform has to correct and send again: refused, or stored but returned or rejected.</summary>
    public bool NeedsCorrection => Outcome == FilingItemOutcome.Invalid || Status is FilingStatus.ReturnedForCorrection or FilingStatus.Rejected;
}
