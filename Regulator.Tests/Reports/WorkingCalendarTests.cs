using Regulator.Domain.Reports;

namespace Regulator.Tests.Reports;

public class WorkingCalendarTests
{
    // Part of the 2026 schedule: National Day 1–7 October, make-up working days 20 September and 10 October.
    private static readonly WorkingCalendar Calendar = new(new WorkingCalendarOptions
    {
        Holidays = Enumerable.Range(1, 7).Select(d => new DateOnly(2026, 10, d)).ToList(),
        MakeUpWorkdays = [new DateOnly(2026, 9, 20), new DateOnly(2026, 10, 10)],
    });

    [Fact]
    public void Weekends_do_not_count_and_the_day_of_receipt_is_not_counted()
    {
        // Thursday 12 November + 3 working days: Fri 13, Mon 16, Tue 17.
        Assert.Equal(new DateOnly(2026, 11, 17), Calendar.AddWorkingDays(new DateOnly(2026, 11, 12), 3));
    }

    [Fact]
    public void Holidays_are_skipped_and_make_up_working_days_count()
    {
        // Wednesday 30 September + 3: the holiday week is skipped; Thu 8, Fri 9 and the make-up Saturday 10 October count.
        Assert.Equal(new DateOnly(2026, 10, 10), Calendar.AddWorkingDays(new DateOnly(2026, 9, 30), 3));
        // Friday 18 September + 1: the make-up Sunday 20 September is the next working day.
        Assert.Equal(new DateOnly(2026, 9, 20), Calendar.AddWorkingDays(new DateOnly(2026, 9, 18), 1));
    }

    [Fact]
    public void The_deadline_ends_at_midnight_China_time_and_the_receipt_day_is_a_China_day()
    {
        // 17:30 UTC on 29 September is 01:30 on 30 September in Beijing: the period counts from 30 September.
        var due = Calendar.DueUtc(new DateTime(2026, 9, 29, 17, 30, 0, DateTimeKind.Utc), 3);
        Assert.Equal(new DateTime(2026, 10, 10, 16, 0, 0, DateTimeKind.Utc), due); // 11 October 00:00 CST
    }

    [Fact]
    public void A_day_cannot_be_both_holiday_and_working_day()
    {
        var day = new DateOnly(2026, 10, 10);
        Assert.Throws<InvalidOperationException>(() => new WorkingCalendar(new WorkingCalendarOptions { Holidays = [day], MakeUpWorkdays = [day] }));
    }
}
