namespace Regulator.Domain.Dashboards;

/// <summary>
/// One cell of the monthly rollup: the sum of the daily cells (<see cref="DashboardTally"/>) of one calendar month
/// (<see cref="DashboardCell.Day"/> is its first day) with the same measure, province, agency, platform, category, key
/// and detail, for the flows in <see cref="Measures"/>. Deadlines are left out (open cases are counted from the daily
/// cells). <see cref="DashboardRollup"/> recounts a month from its daily cells whenever it recounts one of its days, so
/// a month cell always equals the sum of its days; <see cref="DashboardQuery"/> reads whole months of a period here
/// (a year view reads 12 cells per series instead of 365 days) and the days at its edges from the daily cells.
/// </summary>
public class DashboardMonthTally : DashboardCell
{
    /// <summary>
    /// The measures kept by month: flows, whose figure over a period is the sum of its days. States (findings of an
    /// inspection, credit snapshots) are read on one day and are not summed.
    /// </summary>
    public static readonly IReadOnlyList<string> Measures =
        [DashboardMeasures.Filings, DashboardMeasures.Cases, DashboardMeasures.BlacklistEntries, DashboardMeasures.BlacklistPublished];

    /// <summary>The first day of <paramref name="day"/>'s month.</summary>
    public static DateOnly MonthOf(DateOnly day) => new(day.Year, day.Month, 1);

    /// <summary>
    /// The whole calendar months inside <paramref name="from"/>..<paramref name="to"/> (inclusive): the first day of the
    /// first and of the last, or null when the period holds no whole month.
    /// </summary>
    public static (DateOnly First, DateOnly Last)? WholeMonths(DateOnly from, DateOnly to)
    {
        var first = from.Day == 1 ? from : MonthOf(from).AddMonths(1);
        var last = to.AddDays(1).Day == 1 ? MonthOf(to) : MonthOf(to).AddMonths(-1);
        return first <= last ? (first, last) : null;
    }
}
