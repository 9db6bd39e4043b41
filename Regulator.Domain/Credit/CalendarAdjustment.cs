namespace Regulator.Domain.Credit;

/// <summary>
/// One day the State Council's annual holiday notice (国务院办公厅关于部分节假日安排的通知) moves away from the plain
/// Monday-to-Friday week: a holiday on a weekday or a make-up working day on a weekend. Kept as data by the national
/// administrator (<see cref="HolidayCalendar"/>), so next year's notice is an edit, not a release; the procedure
/// deadlines in working days (defence, repair review, report handling, spot-check publication) count on it.
/// </summary>
public class CalendarAdjustment
{
    /// <summary>The day itself (China calendar); a day has at most one adjustment.</summary>
    public DateOnly Day { get; set; }

    public CalendarDayKind Kind { get; set; }

    /// <summary>The festival it belongs to as the notice names it (元旦, 春节, 国庆节 …).</summary>
    public string Name { get; set; } = "";

    /// <summary>Who last set it ("system" for the seeded notices) and when (UTC).</summary>
    public string UpdatedBy { get; set; } = "";

    public DateTime UpdatedUtc { get; set; }
}
