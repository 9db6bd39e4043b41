namespace Regulator.Domain.EnforcementReports;

/// <summary>Findings of the day's last inspection: one point of the trend chart.</summary>
public sealed record DailyCount(DateOnly Day, int Findings);
