using Regulator.Domain.Protection;

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
    /// <summary>The record's id; masked if a client chose an identity number as its id.</summary>
    public string? RecordId { get; set => field = IdentityScrubber.Scrub(value); }

    /// <summary>The province of the record acted on, so auditors can filter by it.</summary>
    public string? ProvinceCode { get; set; }

    public string? IpAddress { get; set; }
    // Reasons and details quote what people typed and what clients sent (paths, file names, values). Masked on the
    // way in, whoever writes the entry, so no identity number lands in the log in clear.

    /// <summary>The reason the user gave, identity-shaped text masked.</summary>
    public string? Reason { get; set => field = IdentityScrubber.Scrub(value); }

    /// <summary>What happened in words, identity-shaped text masked.</summary>
    public string? Details { get; set => field = IdentityScrubber.Scrub(value); }
}
