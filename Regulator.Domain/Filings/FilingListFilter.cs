using Regulator.Domain.Common;

namespace Regulator.Domain.Filings;

/// <summary>
/// The reviewer list's filters. The scoping filter decides which provinces a reader may see; <see cref="ProvinceCode"/>
/// only narrows a national reader's list to one of them (a dashboard's province figure opens it). An identity number is
/// searched by its blind index, which is what travels in the filter (and in bookmarkable URLs), never the number.
/// </summary>
public sealed record FilingListFilter
{
    public int? PlatformId { get; init; }
    public FilingStatus? Status { get; init; }
    public PublisherType? PublisherType { get; init; }
    public ContentKinds? ContentKind { get; init; }
    public AgeBand? AgeBand { get; init; }

    /// <summary>The agency of the filing platform, for a dashboard's per-agency figures.</summary>
    public Agency? Agency { get; init; }

    /// <summary>Narrows to one province within what the scoping filter lets the reader see.</summary>
    public string? ProvinceCode { get; init; }
    /// <summary>An individual's document type; organisations have none and never match.</summary>
    public IdentityNumbers.IdentityDocumentType? DocumentType { get; init; }

    /// <summary>China calendar days, inclusive, of first filing.</summary>
    public DateOnly? FiledFrom { get; init; }
    public DateOnly? FiledTo { get; init; }

    public bool? LinkedToOtherPlatforms { get; init; }
    public long? SubmissionId { get; init; }

    /// <summary>From <see cref="FilingList.IdentityIndexOf"/>: the blind index of a full resident ID or credit code.</summary>
    public string? IdentityIndex { get; init; }

    public override string ToString() => $"FilingListFilter {{ Platform = {PlatformId}, Status = {Status} }}";
}
