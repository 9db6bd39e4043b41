namespace Regulator.Domain.EnforcementReports;

/// <summary>A province's findings in the national report.</summary>
public sealed record ProvinceCount(string ProvinceCode, int Findings);
