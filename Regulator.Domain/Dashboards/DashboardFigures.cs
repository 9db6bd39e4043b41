namespace Regulator.Domain.Dashboards;

/// <summary>
/// A national or provincial dashboard. <see cref="ProvinceCode"/> is the province it is scoped to (null: national);
/// <see cref="LastInspectedOn"/> the day of the last inspection in the period, whose findings the findings figures count.
/// <see cref="Provinces"/> is filled for a national dashboard, <see cref="Platforms"/> for one province.
/// </summary>
public sealed record DashboardFigures(
    DashboardRequest Request,
    string? ProvinceCode,
    DateOnly? LastInspectedOn,
    IReadOnlyList<DashboardTile> Tiles,
    IReadOnlyList<TrendSeries> Trends,
    IReadOnlyList<ProvinceFigures> Provinces,
    IReadOnlyList<PlatformRank> Platforms)
{
    public DashboardTile Tile(string code) => Tiles.First(t => t.Code == code);
}
