using Regulator.Domain.IdentityNumbers;

namespace Regulator.Domain.Filings;

/// <summary>
/// What the intake rules made of a draft. With <see cref="Errors"/> the draft is not stored at all (the data
/// is malformed); otherwise it is stored with <see cref="Status"/>, and <see cref="Reasons"/> say why it was
/// returned or rejected. The normalised values hold clear identity numbers until they are protected. A record, so a
/// later screen (the national blacklist) can return it with one more reason.
/// </summary>
public sealed record FilingAssessment
{
    public required IReadOnlyList<FilingProblem> Errors { get; init; }
    public FilingStatus Status { get; init; }
    public IReadOnlyList<FilingProblem> Reasons { get; init; } = [];

    public string PlatformPublisherId { get; init; } = "";
    public PublisherType PublisherType { get; init; }
    public string RealName { get; init; } = "";
    public string IdentityNumber { get; init; } = "";

    /// <summary>An individual's document; null for an organisation.</summary>
    public IdentityDocumentType? DocumentType { get; init; }
    public IReadOnlyList<string> DisplayNames { get; init; } = [];
    public ContentKinds ContentKinds { get; init; }
    public AgeBand? AgeBand { get; init; }

    /// <summary>Kept only for a publisher aged 16–17 whose consent is complete; nobody else's guardian is stored (data minimisation).</summary>
    public GuardianConsent? Guardian { get; init; }

    /// <summary>Names as typed where they differ from the stored canonical form (look-alike middle dots folded), for the history; otherwise null.</summary>
    public string? TypedNames { get; init; }

    public bool IsValid => Errors.Count == 0;

    /// <summary>The reasons as one line, as stored on the filing and shown to the platform.</summary>
    public string? ReasonText => Reasons.Count == 0 ? null : string.Join("；", Reasons.Select(r => r.Message));

    /// <summary>
    /// Everything that decides what is stored, in one string for the keyed fingerprint. The status is part of it,
    /// so an identical re-send after the platform obtains its news licence is not mistaken for "nothing changed".
    /// </summary>
    public string CanonicalContent() => string.Join('\u001F',
        PublisherType, RealName, IdentityNumber, string.Join('\u001E', DisplayNames), (int)ContentKinds, Status,
        Guardian?.Name, Guardian?.Relation, Guardian?.IdentityNumber, Guardian?.ConsentDate.ToString("yyyy-MM-dd"))
        // A citizen number names its own document type; only another document adds it, so fingerprints stored before types existed still match.
        + (DocumentType == IdentityDocumentType.ManualReview ? "\u001F" + DocumentType : "");

    public override string ToString() => $"FilingAssessment {{ PlatformPublisherId = {PlatformPublisherId}, Status = {Status} }}";
}
