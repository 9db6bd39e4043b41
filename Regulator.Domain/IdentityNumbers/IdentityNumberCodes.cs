namespace Regulator.Domain.IdentityNumbers;

/// <summary>Stable codes a platform can act on without parsing messages, the same in the filings API, the upload and the blacklist check.</summary>
public static class IdentityNumberCodes
{
    /// <summary>Malformed, unknown area, impossible birth date or wrong check character.</summary>
    public const string Invalid = "invalid-identity-number";

    /// <summary>18 digits ending in 000 whose check fails: what Excel leaves of a number it kept to 15 significant digits.</summary>
    public const string ExcelTruncated = "identity-number-excel-truncated";

    /// <summary>A valid number ending in 000: it may be real, or Excel's truncation that happens to check (about 1 in 11). Send it again with the confirmation flag once checked against the document.</summary>
    public const string ConfirmationNeeded = "identity-number-needs-confirmation";

    /// <summary>A valid citizen number filed as an organisation's credit code.</summary>
    public const string PersonalIdAsCreditCode = "personal-id-as-credit-code";

    /// <summary>The declared document type does not fit the number (a citizen number declared as a passport, a permit number declared as a mainland ID).</summary>
    public const string DocumentTypeMismatch = "identity-document-type-mismatch";
}
