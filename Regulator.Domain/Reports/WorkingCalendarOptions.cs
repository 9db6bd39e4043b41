namespace Regulator.Domain.Reports;

/// <summary>
/// The <c>Reports:WorkingCalendar</c> configuration section. China's public holidays move every year (lunar
/// festivals) and come with make-up working days on weekends (调休), announced by the State Council each
/// November for the next year; they are configuration, not code, so next year's notice is an edit, not a release.
/// </summary>
public sealed class WorkingCalendarOptions
{
    public const string Section = "Reports:WorkingCalendar";

    /// <summary>Days off that would otherwise be working days (statutory holidays and their bridging days).</summary>
    public List<DateOnly> Holidays { get; set; } = [];

    /// <summary>Saturdays or Sundays declared working days to make up for bridging days.</summary>
    public List<DateOnly> MakeUpWorkdays { get; set; } = [];
}
