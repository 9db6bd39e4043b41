namespace Regulator.Domain.Filings;

public enum SubmissionChannel
{
    /// <summary>The platform's own client, through <c>POST /api/v1/filings</c>.</summary>
    Api = 1,

    /// <summary>A CSV file uploaded in the portal for a platform without an API client.</summary>
    CsvUpload = 2,
}
