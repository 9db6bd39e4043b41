namespace Regulator.Domain.EnforcementReports;

/// <summary>A platform in the ranking by reports received in the period: reports and the cases they were grouped into.</summary>
public sealed record ReportedPlatform(int PlatformId, string Name, string ProvinceCode, int Reports, int Cases);
