using Regulator.Domain.Scoping;

namespace Regulator.Domain.SpotChecks;

/// <summary>
/// An evidence file of a task (photo, screenshot, PDF). Kept in the database, like generated documents, so that the
/// province filter guards it like any other record and a backup carries it with the task; the file name the
/// inspector gave is shown only, never used as a path. Its type is checked by content (<see cref="EvidenceRules"/>).
/// </summary>
public class SpotCheckEvidence : IProvinceOwned
{
    public long Id { get; set; }
    public long TaskId { get; set; }
    public string ProvinceCode { get; set; } = "";
    public string FileName { get; set; } = "";
    public string ContentType { get; set; } = "";
    public int SizeBytes { get; set; }

    /// <summary>SHA-256 of the content, lower-case hex: shows later that the file is the one uploaded.</summary>
    public string Sha256 { get; set; } = "";

    public byte[] Content { get; set; } = [];
    public string UploadedBy { get; set; } = "";
    public DateTime UploadedUtc { get; set; }
}
