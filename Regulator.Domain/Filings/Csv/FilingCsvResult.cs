namespace Regulator.Domain.Filings.Csv;

/// <summary>
/// A stored upload: the encoding (or format) it was read in, a result per row, and the submission that records the
/// upload and keeps its corrections file. A file that could not be read is not a result but the step's failure.
/// </summary>
public sealed record FilingCsvResult(string EncodingName, IReadOnlyList<FilingCsvRowResult> Rows, FilingSubmission Submission);
