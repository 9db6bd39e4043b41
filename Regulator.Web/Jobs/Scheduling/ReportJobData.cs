using System.Globalization;
using Quartz;

namespace Regulator.Web.Jobs.Scheduling;

/// <summary>
/// What a "regenerate" request passes to a report job: a day inside the period after the one to report on
/// (as the schedule would have seen it), and for the weekly report the one province.
/// </summary>
public sealed record ReportJobData(DateOnly? Day, string? ProvinceCode)
{
    private const string DayKey = "day";
    private const string ProvinceKey = "province";

    /// <summary>For the report of the period ending <paramref name="periodEnd"/>: the job reports on the period before the day after it.</summary>
    public static JobDataMap Regenerate(DateOnly periodEnd, string? provinceCode)
    {
        var map = new JobDataMap { [DayKey] = periodEnd.AddDays(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) };
        if (provinceCode is not null) map[ProvinceKey] = provinceCode;
        return map;
    }

    public static ReportJobData Read(JobDataMap map) => new(
        map.TryGetValue(DayKey, out var day) && DateOnly.TryParseExact(day as string, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null,
        map.TryGetValue(ProvinceKey, out var province) ? province as string : null);
}
