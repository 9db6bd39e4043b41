namespace Regulator.Domain.Dashboards;

/// <summary>A platform in the ranking: findings of the period's last inspection, reports in the period's cases, cases overdue now.</summary>
public sealed record PlatformRank(int PlatformId, string Name, string ProvinceCode, long Findings, long SevereFindings, long Reports, long OverdueCases);
