namespace Regulator.Domain.Filings;

/// <summary>Where a batch comes from: the channel, who sent it (for history and the submission record) and, for uploads, the file.</summary>
public sealed record FilingSource(SubmissionChannel Channel, string SubmittedBy, string? FileName = null);
