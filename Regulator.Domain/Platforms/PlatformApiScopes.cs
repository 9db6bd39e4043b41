namespace Regulator.Domain.Platforms;

[Flags]
public enum PlatformApiScopes
{
    None = 0,
    Filings = 1,
    BlacklistCheck = 2,
    BlacklistFeed = 4,
    All = Filings | BlacklistCheck | BlacklistFeed,
}
