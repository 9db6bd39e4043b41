using Regulator.Domain.Protection;
using Regulator.Domain.Scoping;

namespace Regulator.Domain.Reports;

/// <summary>
/// One citizen report as the National Reporting Platform (12318) received it. Reports are never merged or
/// changed: several reports about the same account and category are grouped under one <see cref="ReportCase"/>.
/// Province-owned (mirroring its case) so a report cannot be read outside the case's province by any query.
/// </summary>
public class Report : IProvinceOwned
{
    public long Id { get; set; }

    /// <summary>The 12318 platform's own id; unique, which is what makes a re-sent report a no-op.</summary>
    public string ExternalId { get; set; } = "";

    /// <summary>When 12318 received the report (UTC): the handling period and the grouping window count from it.</summary>
    public DateTime ReceivedUtc { get; set; }

    /// <summary>When the portal stored it (UTC).</summary>
    public DateTime IngestedUtc { get; set; }

    public ReportChannel Channel { get; set; }

    /// <summary>The reported platform as the reporter named it; <see cref="PlatformId"/> is set when it matches the registry.</summary>
    public string? PlatformName { get; set; }

    public string? PlatformUscc { get; set; }
    public int? PlatformId { get; set; }

    public string? AccountName { get; set; }
    public string? AccountId { get; set; }
    public string? RoomId { get; set; }
    public string? Url { get; set; }

    public int CategoryId { get; set; }
    public ReportCategory Category { get; set; } = null!;

    public string Description { get; set => field = IdentityScrubber.Scrub(value)!; } = "";
    public List<string> EvidenceLinks { get; set; } = [];
    public bool MinorInvolved { get; set; }

    /// <summary>The reporter's phone or e-mail, encrypted; personal information that is shown masked only.</summary>
    public byte[]? ReporterContactCipher { get; set; }

    public string? ReporterContactMasked { get; set; }

    public long CaseId { get; set; }
    public ReportCase Case { get; set; } = null!;

    public string ProvinceCode { get; set; } = "";
}
