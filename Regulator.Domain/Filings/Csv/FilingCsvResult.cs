namespace Regulator.Domain.Filings.Csv;

/// <summary>
/// The outcome of an upload: either a <see cref="FileError"/> (the file could not be read: nothing was stored),
/// or a result per row and the submission that records the upload and keeps its corrections file.
/// </summary>
public sealed record FilingCsvResult(string? FileError, string? EncodingName, IReadOnlyList<FilingCsvRowResult> Rows, FilingSubmission? Submission)
{
    public static FilingCsvResult Failed(string error, string? encoding = null) => new(error, encoding, [], null);
}
