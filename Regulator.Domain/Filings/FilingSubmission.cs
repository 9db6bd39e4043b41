using Regulator.Domain.Scoping;

namespace Regulator.Domain.Filings;

/// <summary>
/// One request or upload from a platform that stored or changed at least one filing. Reviewers accept a clean
/// submission in bulk; an upload keeps its corrections file here so it can be downloaded after the result page.
/// </summary>
public class FilingSubmission : IProvinceOwned, IPlatformOwned
{
    public long Id { get; set; }
    public int PlatformId { get; set; }
    public string ProvinceCode { get; set; } = "";
    public SubmissionChannel Channel { get; set; }
    public DateTime ReceivedUtc { get; set; }
    public string SubmittedBy { get; set; } = "";
    public string? FileName { get; set; }
    public int ItemCount { get; set; }
    public int StoredCount { get; set; }
    public int UnchangedCount { get; set; }
    public int InvalidCount { get; set; }

    /// <summary>CSV of the rows that could not be stored, with the reason; identity numbers masked.</summary>
    public byte[]? CorrectionsCsv { get; set; }
}
