namespace Regulator.Domain.Filings;

/// <summary>
/// The reviewer list's filters. Province is not among them: the scoping filter decides it. An identity number is
/// searched by its blind index, which is what travels in the filter (and in bookmarkable URLs), never the number.
/// </summary>
public sealed record FilingListFilter
{
    public int? PlatformId { get; init; }
    public FilingStatus? Status { get; init; }
    public PublisherType? PublisherType { get; init; }
    public ContentKinds? ContentKind { get; init; }
    public AgeBand? AgeBand { get; init; }

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
