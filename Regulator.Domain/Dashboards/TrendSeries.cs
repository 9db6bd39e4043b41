namespace Regulator.Domain.Dashboards;

/// <summary>A figure over the period, bucketed by the request's grain (see the tile of the same <see cref="Code"/>).</summary>
public sealed record TrendSeries(string Code, IReadOnlyList<TrendPoint> Points);
