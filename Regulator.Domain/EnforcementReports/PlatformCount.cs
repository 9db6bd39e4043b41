namespace Regulator.Domain.EnforcementReports;

/// <summary>A platform's findings in a report's ranking.</summary>
public sealed record PlatformCount(int PlatformId, string Name, string ProvinceCode, int Findings, int Severe);
