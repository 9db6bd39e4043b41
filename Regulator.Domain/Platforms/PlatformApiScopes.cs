namespace Regulator.Domain.Platforms;

[Flags]
public enum PlatformApiScopes
{
    None = 0,
    Filings = 1,
    BlacklistCheck = 2,
    BlacklistFeed = 4,

    /// <summary>Report the platform's own blacklisting of a user to its provincial office (CAC Art. 15).</summary>
    BlacklistReport = 8,

    /// <summary>Read the credit grade and any untrustworthy-entity listing of the platform's own filed publishers (CAC Art. 15).</summary>
    CreditQuery = 16,

    /// <summary>Report the punitive measures the platform took against its own publishers (CAC Art. 14).</summary>
    CreditMeasures = 32,
    All = Filings | BlacklistCheck | BlacklistFeed | BlacklistReport | CreditQuery | CreditMeasures,
}
