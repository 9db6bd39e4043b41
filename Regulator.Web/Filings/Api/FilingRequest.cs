using Regulator.Domain.Filings;
using Regulator.Domain.IdentityNumbers;

namespace Regulator.Web.Filings.Api;

/// <summary>One filing as a platform sends it to <c>POST /api/v1/filings</c>. Unknown fields are refused.</summary>
public sealed class FilingRequest
{
    /// <summary>The platform's own id for the publisher (letters, digits, <c>- _ . : @</c>, at most 64).</summary>
    public string? PlatformPublisherId { get; set; }

    /// <summary><c>individual</c> or <c>organization</c>.</summary>
    public PublisherType? PublisherType { get; set; }

    /// <summary>Real name of the person, or the organisation's registered name.</summary>
    public string? RealName { get; set; }

    /// <summary>Citizen number or other document number (individual), or unified social credit code (organization).</summary>
    public string? IdentityNumber { get; set; }

    /// <summary>
    /// Individuals only: <c>mainlandResidentId</c>, <c>hkMacauTaiwanResidencePermit</c>, <c>foreignPermanentResidentId</c>
    /// (read from the number when left out) or <c>manualReview</c> (a passport or other document without a check
    /// character: required for one, always reviewed by a person).
    /// </summary>
    public IdentityDocumentType? IdentityDocumentType { get; set; }

    /// <summary>True once a number ending in 000 was checked against the document (answered <c>identity-number-needs-confirmation</c> otherwise).</summary>
    public bool? IdentityNumberConfirmed { get; set; }

    public List<string>? DisplayNames { get; set; }

    /// <summary>Any of <c>newsInformation</c>, <c>performance</c>, <c>audioVisual</c>, <c>other</c>.</summary>
    public List<ContentKinds>? ContentKinds { get; set; }

    /// <summary>Required when the publisher is 16 or 17 on the filing date; ignored and not stored otherwise.</summary>
    public GuardianRequest? Guardian { get; set; }

    public FilingDraft ToDraft() => new(PlatformPublisherId, PublisherType, RealName, IdentityNumber, DisplayNames,
        (ContentKinds ?? []).Aggregate(Domain.Filings.ContentKinds.None, (all, k) => all | k),
        Guardian is { } g ? new GuardianDraft(g.Name, g.Relation, g.IdentityNumber, g.ConsentDate, g.IdentityNumberConfirmed == true) : null,
        IdentityDocumentType, IdentityNumberConfirmed == true);
}
