namespace Regulator.Domain.Reports;

/// <summary>
/// The days a <see cref="WorkingCalendar"/> counts differently from the plain week. China's public holidays move every
/// year (lunar festivals) and come with make-up working days on weekends (调休), announced by the State Council each
/// November for the next year. The portal keeps them as data (<c>Credit.CalendarAdjustment</c>, edited on the credit
/// section's calendar page); the <c>Reports:WorkingCalendar</c> configuration section, empty by default, is only read
/// until the stored calendar is loaded at start-up.
/// </summary>
public sealed class WorkingCalendarOptions
{
    public const string Section = "Reports:WorkingCalendar";

    /// <summary>Days off that would otherwise be working days (statutory holidays and their bridging days).</summary>
    public List<DateOnly> Holidays { get; set; } = [];

    /// <summary>Saturdays or Sundays declared working days to make up for bridging days.</summary>
    public List<DateOnly> MakeUpWorkdays { get; set; } = [];
}
