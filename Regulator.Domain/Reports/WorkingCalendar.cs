using Regulator.Domain.Common;

namespace Regulator.Domain.Reports;

/// <summary>
/// Counts handling deadlines in working days, as Chinese administrative time limits are counted: weekends and
/// public holidays do not count, make-up working days do, and the day a report arrives is not counted
/// (the period starts the next day). A deadline ends at midnight China time after its last working day.
/// </summary>
public sealed class WorkingCalendar
{
    private readonly HashSet<DateOnly> _holidays;
    private readonly HashSet<DateOnly> _makeUpWorkdays;

    public WorkingCalendar(WorkingCalendarOptions options)
    {
        _holidays = [.. options.Holidays];
        _makeUpWorkdays = [.. options.MakeUpWorkdays];
        if (_holidays.Overlaps(_makeUpWorkdays))
            throw new InvalidOperationException($"{WorkingCalendarOptions.Section}: a day cannot be both a holiday and a make-up working day.");
    }

    public bool IsWorkingDay(DateOnly day) =>
        _makeUpWorkdays.Contains(day) || (day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !_holidays.Contains(day));

    /// <summary>The last day of a period of <paramref name="workingDays"/> working days that starts the day after <paramref name="start"/>.</summary>
    public DateOnly AddWorkingDays(DateOnly start, int workingDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(workingDays);
        var day = start;
        for (var counted = 0; counted < workingDays;)
        {
            day = day.AddDays(1);
            if (IsWorkingDay(day)) counted++;
        }
        return day;
    }

    /// <summary>When a case received at <paramref name="receivedUtc"/> becomes overdue: the end of its last working day, China time, in UTC.</summary>
    public DateTime DueUtc(DateTime receivedUtc, int workingDays)
    {
        var receivedDay = DateOnly.FromDateTime(ChinaTime.FromUtc(receivedUtc).DateTime);
        return ChinaTime.StartOfDayUtc(AddWorkingDays(receivedDay, workingDays).AddDays(1));
    }
}
