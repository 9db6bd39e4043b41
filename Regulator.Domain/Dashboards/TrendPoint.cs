namespace Regulator.Domain.Dashboards;

/// <summary>One bucket of a trend: its first and last China day and the figure; <see cref="Drill"/> opens its records.</summary>
public sealed record TrendPoint(DateOnly From, DateOnly To, long Value, DashboardDrill? Drill);
