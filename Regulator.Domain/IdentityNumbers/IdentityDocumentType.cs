namespace Regulator.Domain.IdentityNumbers;

/// <summary>
/// The document an individual publisher (or guardian) is identified by. The first three carry a GB 11643 citizen
/// number with an ISO 7064 MOD 11-2 check character and a birth date, so the intake rules can check them and read
/// the age; the last has no check character and is always sent to a reviewer.
/// </summary>
public enum IdentityDocumentType
{
    /// <summary>居民身份证: mainland resident ID card (GB 11643-1999), area code of a province.</summary>
    MainlandResidentId = 1,

    /// <summary>港澳台居民居住证: residence permit of a Hong Kong, Macau or Taiwan resident (since 2018), area code 810000 / 820000 / 830000.</summary>
    HkMacauTaiwanResidencePermit = 2,

    /// <summary>外国人永久居留身份证 (2023 format): 9, province of issue, nationality code, birth date, sequence, MOD 11-2.</summary>
    ForeignPermanentResidentId = 3,

    /// <summary>Any other document (a passport, a travel permit) without a check character: stored and always reviewed by a person.</summary>
    ManualReview = 4,
}
