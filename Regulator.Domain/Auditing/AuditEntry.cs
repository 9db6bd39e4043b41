namespace Regulator.Domain.Auditing;

/// <summary>
/// One line of the append-only audit log. The context refuses to modify or delete these rows and the
/// database has triggers that refuse it too, so not even hand-written SQL through the portal can.
/// </summary>
public class AuditEntry
{
    public long Id { get; set; }
    public DateTime OccurredUtc { get; set; }
    public string? UserId { get; set; }
    public string? UserName { get; set; }
    public string Action { get; set; } = "";
    public string? RecordType { get; set; }
    public string? RecordId { get; set; }

    /// <summary>The province of the record acted on, so auditors can filter by it.</summary>
    public string? ProvinceCode { get; set; }

    public string? IpAddress { get; set; }
    public string? Reason { get; set; }
    public string? Details { get; set; }
}
