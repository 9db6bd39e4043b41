using Regulator.Domain.Common;

namespace Regulator.Domain.Dashboards;

/// <summary>
/// What a dashboard shows: China calendar days <see cref="From"/> to <see cref="To"/> inclusive, compared with the
/// period of the same length just before; optionally one agency and one province. Every part travels in the URL.
/// </summary>
public sealed record DashboardRequest(DateOnly From, DateOnly To, TrendGrain Grain = TrendGrain.Day, Agency? Agency = null, string? ProvinceCode = null)
{
    /// <summary>The longest period a dashboard covers (two years), so a crafted URL cannot ask for a century of cells.</summary>
    public const int MaxDays = 731;

    public int Days => To.DayNumber - From.DayNumber + 1;

    public DateOnly PreviousFrom => From.AddDays(-Days);

    public DateOnly PreviousTo => From.AddDays(-1);

    public bool IsValid => From <= To && Days <= MaxDays;

    /// <summary>The last <paramref name="days"/> days up to and including <paramref name="today"/>.</summary>
    public static DashboardRequest Last(DateOnly today, int days, TrendGrain grain = TrendGrain.Day) => new(today.AddDays(1 - days), today, grain);
}
