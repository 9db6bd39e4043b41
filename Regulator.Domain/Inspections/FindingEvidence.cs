using Regulator.Domain.Protection;

namespace Regulator.Domain.Inspections;

/// <summary>One piece of a finding's evidence: a record it concerns, shown masked, with a link to it in the portal.</summary>
public class FindingEvidence
{
    public long Id { get; set; }
    public long FindingId { get; set; }

    /// <summary>What the record is, in words (never an identity number in clear).</summary>
    public string Description { get; set => field = IdentityScrubber.Scrub(value)!; } = "";

    /// <summary>An identity number masked as <c>110105********1234</c>, when the record is a person.</summary>
    public string? MaskedIdentity { get; set; }

    /// <summary>Portal path of the record, e.g. <c>/filings/123</c>.</summary>
    public string? RecordHref { get; set; }
}
