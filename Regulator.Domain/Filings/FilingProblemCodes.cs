using Regulator.Domain.IdentityNumbers;

namespace Regulator.Domain.Filings;

/// <summary>Stable codes platforms can act on without parsing messages.</summary>
public static class FilingProblemCodes
{
    public const string Required = "required";
    public const string TooLong = "too-long";
    public const string UnsafeText = "markup-or-control-characters";
    public const string InvalidPublisherId = "invalid-publisher-id";
    public const string InvalidIdentityNumber = IdentityNumberCodes.Invalid;
    public const string CharactersLost = "characters-lost-before-upload";
    public const string ManualReview = "manual-review-document";
    public const string DuplicateInBatch = "duplicate-in-batch";
    public const string Under16 = "under-16";
    public const string GuardianConsentIncomplete = "guardian-consent-incomplete";
    public const string NewsLicenceMissing = "news-licence-missing";
}
