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
    All = Filings | BlacklistCheck | BlacklistFeed | BlacklistReport,
}
