namespace Regulator.Domain.Dashboards;

/// <summary>A reveal of personal data in clear (identity number or reporter contact) as the audit log holds it: who, what, why.</summary>
public sealed record RevealRow(long AuditId, DateTime OccurredUtc, string? UserName, string Action, string? RecordType, string? RecordId, string? ProvinceCode, string? Reason);
