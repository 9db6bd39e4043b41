namespace Regulator.Domain.Blacklist;

/// <summary>Machine-readable problem codes of the blacklist API, stable for platforms' integrations.</summary>
public static class BlacklistProblemCodes
{
    public const string Required = "required";
    public const string TooLong = "too-long";
    public const string UnsafeText = "unsafe-text";
    /// <summary>Malformed number; Excel's truncation gets its own code (<see cref="IdentityNumbers.IdentityNumberCodes"/>), as in the filings API.</summary>
    public const string InvalidIdentityNumber = IdentityNumbers.IdentityNumberCodes.Invalid;
    public const string UnknownCategory = "unknown-category";
    public const string UnknownPlatform = "unknown-platform";
    public const string UnknownCase = "unknown-case";
    public const string InvalidPeriod = "invalid-period";

    /// <summary>A filing's identity is on the published national list; the filing is returned with this code.</summary>
    public const string Blacklisted = "blacklisted";
}
