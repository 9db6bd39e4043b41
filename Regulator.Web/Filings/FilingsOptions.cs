namespace Regulator.Web.Filings;

/// <summary>The <c>Filings</c> configuration section: request size limits for the API and the upload, and how often the kept counts fold.</summary>
public sealed class FilingsOptions
{
    public const string Section = "Filings";

    /// <summary>Largest <c>POST /api/v1/filings</c> body; larger is answered 413 before it is parsed.</summary>
    public long MaxRequestBytes { get; set; } = 4 * 1024 * 1024;

    /// <summary>Largest CSV file accepted by the portal upload.</summary>
    public long MaxUploadBytes { get; set; } = 10 * 1024 * 1024;

    /// <summary>Seconds between folds of the kept filing counts (<see cref="Regulator.Domain.Filings.FilingCounts.FoldAsync"/>).</summary>
    public int CountFoldIntervalSeconds { get; set; } = 300;
}
