namespace Regulator.Domain.Filings;

/// <summary>A filing as a platform sent it (API item or CSV row), before any rule has looked at it. Holds clear identity numbers: never log it.</summary>
public sealed record FilingDraft(
    string? PlatformPublisherId,
    PublisherType? PublisherType,
    string? RealName,
    string? IdentityNumber,
    IReadOnlyList<string>? DisplayNames,
    ContentKinds ContentKinds,
    GuardianDraft? Guardian)
{
    // Records print their members; a draft must never print an identity number, even in a debugger log.
    public override string ToString() => $"FilingDraft {{ PlatformPublisherId = {PlatformPublisherId} }}";
}
