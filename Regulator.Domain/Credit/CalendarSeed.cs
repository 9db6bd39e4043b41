namespace Regulator.Domain.Credit;

/// <summary>
/// The State Council's holiday notices for 2026 and 2027 as first put in every database by the migration; the
/// national administrator maintains the calendar from there (<see cref="HolidayCalendar"/>).
/// </summary>
public static class CalendarSeed
{
    private static readonly (string Name, string[] Holidays, string[] MakeUpWorkdays)[] Notices =
    [
        ("元旦", ["2026-01-01", "2026-01-02", "2026-01-03"], ["2026-01-04"]),
        ("春节", ["2026-02-15", "2026-02-16", "2026-02-17", "2026-02-18", "2026-02-19", "2026-02-20", "2026-02-21", "2026-02-22", "2026-02-23"], ["2026-02-14", "2026-02-28"]),
        ("清明节", ["2026-04-04", "2026-04-05", "2026-04-06"], []),
        ("劳动节", ["2026-05-01", "2026-05-02", "2026-05-03", "2026-05-04", "2026-05-05"], ["2026-05-09"]),
        ("端午节", ["2026-06-19", "2026-06-20", "2026-06-21"], []),
        ("中秋节", ["2026-09-25", "2026-09-26", "2026-09-27"], ["2026-09-20"]),
        ("国庆节", ["2026-10-01", "2026-10-02", "2026-10-03", "2026-10-04", "2026-10-05", "2026-10-06", "2026-10-07"], ["2026-10-10"]),
        ("元旦", ["2027-01-01"], []),
        ("春节", ["2027-02-05", "2027-02-06", "2027-02-07", "2027-02-08"], []),
        ("清明节", ["2027-04-05"], []),
        ("劳动节", ["2027-05-01", "2027-05-02"], []),
        ("端午节", ["2027-06-09"], []),
        ("中秋节", ["2027-09-15"], []),
        ("国庆节", ["2027-10-01", "2027-10-02", "2027-10-03"], []),
    ];

    public static IReadOnlyList<CalendarAdjustment> Days() =>
    [
        .. Notices.SelectMany(n => n.Holidays.Select(d => Day(d, CalendarDayKind.Holiday, n.Name))
            .Concat(n.MakeUpWorkdays.Select(d => Day(d, CalendarDayKind.MakeUpWorkday, n.Name + "调休上班")))),
    ];

    private static CalendarAdjustment Day(string day, CalendarDayKind kind, string name) =>
        new() { Day = DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture), Kind = kind, Name = name, UpdatedBy = "system", UpdatedUtc = CreditModelSeed.CreatedUtc };
}
