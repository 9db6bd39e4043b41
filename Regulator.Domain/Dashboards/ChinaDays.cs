namespace Regulator.Domain.Dashboards;

/// <summary>
/// China calendar days as the rollup computes them in the database: <c>utc.AddHours(8).Date</c> (China has one zone
/// and no daylight saving, so the fixed offset is exact; both providers translate it). Helpers for the results.
/// </summary>
public static class ChinaDays
{
    /// <summary>The day of a value computed as <c>utc.AddHours(8).Date</c> in a query.</summary>
    public static DateOnly Of(DateTime chinaMidnight) => DateOnly.FromDateTime(chinaMidnight);

    /// <summary>
    /// Consecutive spans covering <paramref name="days"/>, joining spans less than <paramref name="maxGap"/> days apart,
    /// so a burst of changes on scattered days is recounted in a few range queries instead of one per day.
    /// </summary>
    public static IReadOnlyList<(DateOnly From, DateOnly To)> Runs(IEnumerable<DateOnly> days, int maxGap = 3)
    {
        var runs = new List<(DateOnly From, DateOnly To)>();
        foreach (var day in days.Distinct().Order())
        {
            if (runs.Count > 0 && day.DayNumber - runs[^1].To.DayNumber <= maxGap) runs[^1] = (runs[^1].From, day);
            else runs.Add((day, day));
        }
        return runs;
    }
}
