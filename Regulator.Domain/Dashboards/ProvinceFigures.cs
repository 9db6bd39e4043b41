namespace Regulator.Domain.Dashboards;

/// <summary>
/// One province in the national comparison for the period. Rates put provinces of different size side by side:
/// per million residents (<see cref="Population"/>, end of 2023) and per registered platform.
/// </summary>
public sealed record ProvinceFigures(string ProvinceCode, long? Population, int Platforms, long Filings, long Cases, long Reports, long OverdueCases,
    long Findings, long BlacklistProposed)
{
    public double? ReportsPerMillion => Population is > 0 ? Math.Round(Reports * 1_000_000.0 / Population.Value, 2) : null;
    public double? FilingsPerMillion => Population is > 0 ? Math.Round(Filings * 1_000_000.0 / Population.Value, 2) : null;
    public double? FindingsPerPlatform => Platforms > 0 ? Math.Round((double)Findings / Platforms, 2) : null;
    public double? ReportsPerPlatform => Platforms > 0 ? Math.Round((double)Reports / Platforms, 2) : null;
}
