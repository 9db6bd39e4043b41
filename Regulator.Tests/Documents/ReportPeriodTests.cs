using Regulator.Domain.EnforcementReports;

namespace Regulator.Tests.Documents;

public class ReportPeriodTests
{
    [Fact]
    public void The_weekly_report_covers_the_Monday_to_Sunday_week_before()
    {
        // Monday 2026-11-23: last week ran from Monday the 16th to Sunday the 22nd; any day of this week gives the same.
        Assert.Equal(new ReportPeriod(new(2026, 11, 16), new(2026, 11, 22)), ReportPeriod.PreviousWeek(new(2026, 11, 23)));
        Assert.Equal(new ReportPeriod(new(2026, 11, 16), new(2026, 11, 22)), ReportPeriod.PreviousWeek(new(2026, 11, 29)));
    }

    [Fact]
    public void The_monthly_report_covers_the_calendar_month_before()
    {
        Assert.Equal(new ReportPeriod(new(2026, 10, 1), new(2026, 10, 31)), ReportPeriod.PreviousMonth(new(2026, 11, 1)));
        Assert.Equal(new ReportPeriod(new(2026, 12, 1), new(2026, 12, 31)), ReportPeriod.PreviousMonth(new(2027, 1, 15)));
        Assert.Equal(31, ReportPeriod.PreviousMonth(new(2026, 11, 1)).Days().Count());
    }
}
