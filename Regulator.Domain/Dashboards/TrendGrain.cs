namespace Regulator.Domain.Dashboards;

/// <summary>How a trend's points are bucketed: China calendar days, Monday-to-Sunday weeks, or calendar months.</summary>
public enum TrendGrain
{
    Day = 1,
    Week = 2,
    Month = 3,
}
