namespace Regulator.Domain.Filings.Csv;

/// <summary>The columns an upload may have, each recognised by its Chinese or English header.</summary>
public enum FilingCsvColumn
{
    PlatformPublisherId,
    PublisherType,
    RealName,
    IdentityNumber,
    DisplayNames,
    ContentKinds,
    GuardianName,
    GuardianRelation,
    GuardianIdentityNumber,
    GuardianConsentDate,
    DocumentType,
    IdentityConfirmed,
}
