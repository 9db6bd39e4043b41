namespace Regulator.Domain.EnforcementReports;

/// <summary>The China calendar days an enforcement report covers, first and last inclusive.</summary>
public sealed record ReportPeriod(DateOnly Start, DateOnly End)
{
    /// <summary>The Monday-to-Sunday week before the one <paramref name="today"/> falls in.</summary>
    public static ReportPeriod PreviousWeek(DateOnly today)
    {
        var monday = today.AddDays(-(((int)today.DayOfWeek + 6) % 7));
        return new ReportPeriod(monday.AddDays(-7), monday.AddDays(-1));
    }

    /// <summary>The calendar month before the one <paramref name="today"/> falls in.</summary>
    public static ReportPeriod PreviousMonth(DateOnly today)
    {
        var first = new DateOnly(today.Year, today.Month, 1);
        return new ReportPeriod(first.AddMonths(-1), first.AddDays(-1));
    }

    public IEnumerable<DateOnly> Days()
    {
        for (var d = Start; d <= End; d = d.AddDays(1)) yield return d;
    }
}
