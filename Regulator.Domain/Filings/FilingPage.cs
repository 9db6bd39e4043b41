namespace Regulator.Domain.Filings;

/// <summary>A page of the list and, when there is more, the cursor of the next one.</summary>
public sealed record FilingPage(IReadOnlyList<FilingListRow> Rows, FilingCursor? Next);
