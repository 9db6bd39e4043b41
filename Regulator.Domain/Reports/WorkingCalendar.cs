using Regulator.Domain.Common;

namespace Regulator.Domain.Reports;

/// <summary>
/// Counts handling deadlines in working days, as Chinese administrative time limits are counted: weekends and
/// public holidays do not count, make-up working days do, and the day a report arrives is not counted
/// (the period starts the next day). A deadline ends at midnight China time after its last working day.
/// One instance serves the portal; the holiday adjustments are data the national administrator maintains
/// (<c>Credit.HolidayCalendar</c>), loaded at start-up and swapped in whole by <see cref="Replace"/> after each edit.
/// </summary>
public sealed class WorkingCalendar
{
    private sealed record Days(HashSet<DateOnly> Holidays, HashSet<DateOnly> MakeUpWorkdays);

    // Swapped as one reference, so a count running while the administrator edits sees the old calendar or the new one, never half of each.
    private volatile Days _days;

    public WorkingCalendar(WorkingCalendarOptions options) => _days = Check(options);

    /// <summary>Replaces every adjustment at once (the whole calendar as stored). Throws when a day is both a holiday and a make-up working day.</summary>
    public void Replace(WorkingCalendarOptions options) => _days = Check(options);

    private static Days Check(WorkingCalendarOptions options)
    {
        var days = new Days([.. options.Holidays], [.. options.MakeUpWorkdays]);
        if (days.Holidays.Overlaps(days.MakeUpWorkdays))
            throw new InvalidOperationException($"{WorkingCalendarOptions.Section}: a day cannot be both a holiday and a make-up working day.");
        return days;
    }

    public bool IsWorkingDay(DateOnly day)
    {
        var days = _days;
        return days.MakeUpWorkdays.Contains(day) || (day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !days.Holidays.Contains(day));
    }

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

    /// <summary>
    /// How many working days run from the day after <paramref name="start"/> to <paramref name="end"/> inclusive: the
    /// inverse of <see cref="AddWorkingDays"/>, for a document that states a stored deadline as a number of working days.
    /// </summary>
    public int WorkingDaysBetween(DateOnly start, DateOnly end)
    {
        var count = 0;
        for (var day = start.AddDays(1); day <= end; day = day.AddDays(1))
            if (IsWorkingDay(day)) count++;
        return count;
    }

    /// <summary>When a case received at <paramref name="receivedUtc"/> becomes overdue: the end of its last working day, China time, in UTC.</summary>
    public DateTime DueUtc(DateTime receivedUtc, int workingDays)
    {
        var receivedDay = DateOnly.FromDateTime(ChinaTime.FromUtc(receivedUtc).DateTime);
        return ChinaTime.StartOfDayUtc(AddWorkingDays(receivedDay, workingDays).AddDays(1));
    }
}
