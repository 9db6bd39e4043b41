using Regulator.Domain.Filings;
using Regulator.Domain.IdentityNumbers;

namespace Regulator.Web.Filings.Api;

/// <summary>A filing as its platform may read it back: status, the reason it can act on, and the review history.</summary>
public sealed record FilingStatusResponse(
    string PlatformPublisherId, PublisherType PublisherType, IdentityDocumentType? IdentityDocumentType, string IdentityMasked, FilingStatus Status, string? Reason,
    DateOnly FiledOn, DateTimeOffset UpdatedAt, IReadOnlyList<FilingHistoryResponse> History);
