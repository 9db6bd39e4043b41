namespace Regulator.Domain.Filings;

/// <summary>
/// The reviewer list's filters. Province is not among them: the scoping filter decides it. The identity number
/// is matched through its blind index, never compared in clear.
/// </summary>
public sealed record FilingListFilter
{
    public int? PlatformId { get; init; }
    public FilingStatus? Status { get; init; }
    public PublisherType? PublisherType { get; init; }
    public ContentKinds? ContentKind { get; init; }
    public AgeBand? AgeBand { get; init; }

    /// <summary>China calendar days, inclusive, of first filing.</summary>
    public DateOnly? FiledFrom { get; init; }
    public DateOnly? FiledTo { get; init; }

    public bool? LinkedToOtherPlatforms { get; init; }
    public long? SubmissionId { get; init; }

    /// <summary>A full resident ID or credit code; never logged, only hashed.</summary>
    public string? IdentityNumber { get; init; }

    public override string ToString() => $"FilingListFilter {{ Platform = {PlatformId}, Status = {Status} }}";
}
