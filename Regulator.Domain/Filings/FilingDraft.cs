using Regulator.Domain.IdentityNumbers;

namespace Regulator.Domain.Filings;

/// <summary>
/// A filing as a platform sent it (API item or CSV row), before any rule has looked at it. Holds clear identity
/// numbers: never log it. <see cref="DocumentType"/> is optional for citizen numbers (read from the number) and
/// required for any other document; <see cref="IdentityConfirmed"/> says the platform checked a number ending in 000
/// against the document (see <see cref="IdentityNumberRules.MayBeExcelTruncated"/>).
/// </summary>
public sealed record FilingDraft(
    string? PlatformPublisherId,
    PublisherType? PublisherType,
    string? RealName,
    string? IdentityNumber,
    IReadOnlyList<string>? DisplayNames,
    ContentKinds ContentKinds,
    GuardianDraft? Guardian,
    IdentityDocumentType? DocumentType = null,
    bool IdentityConfirmed = false)
{
    // Records print their members; a draft must never print an identity number, even in a debugger log.
    public override string ToString() => $"FilingDraft {{ PlatformPublisherId = {PlatformPublisherId} }}";
}
