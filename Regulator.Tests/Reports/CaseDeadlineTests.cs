using Microsoft.EntityFrameworkCore;
using Regulator.Domain.Dashboards;
using Regulator.Domain.Reports;
using Regulator.Tests.Infrastructure;

namespace Regulator.Tests.Reports;

/// <summary>The one rule of "overdue" (<see cref="CaseDeadline"/>): in memory, as an EF filter on both providers, and on the dashboards' tallies.</summary>
public sealed class CaseDeadlineTests(ProviderPortals portals) : IClassFixture<ProviderPortals>
{
    private static readonly DateTime Now = new(2026, 5, 6, 16, 0, 0, DateTimeKind.Utc); // 2026-05-07 00:00 China time

    [Theory]
    [InlineData(CaseStatus.AwaitingTriage, -1, true)]
    [InlineData(CaseStatus.InProgress, 0, true)] // the deadline instant itself: overdue from then on
    [InlineData(CaseStatus.InProgress, 1, false)]
    [InlineData(CaseStatus.Closed, -100, false)] // a closed case is never overdue
    public void A_case_is_overdue_from_its_deadline_on_unless_closed(CaseStatus status, int minutesToDeadline, bool expected)
    {
        var due = Now.AddMinutes(minutesToDeadline);
        Assert.Equal(expected, CaseDeadline.IsOverdue(status, due, Now));
        Assert.Equal(expected, CaseDeadline.OverdueAt(Now).Compile()(new ReportCase { Status = status, DueUtc = due }));
        Assert.Equal(expected, new ReportCase { Status = status, DueUtc = due }.IsOverdue(Now));
    }

    [Theory]
    [InlineData("2026-05-06", true)]
    [InlineData("2026-05-07", true)] // overdue from the deadline's China day on
    [InlineData("2026-05-08", false)]
    [InlineData(null, false)] // closed cases keep no deadline day
    public void A_tally_of_open_cases_is_overdue_from_its_deadline_day_on(string? dueOn, bool expected)
    {
        var today = new DateOnly(2026, 5, 7);
        var day = dueOn is null ? (DateOnly?)null : DateOnly.Parse(dueOn);
        Assert.Equal(expected, CaseDeadline.IsOverdueOn(day, today));
        Assert.Equal(expected, CaseDeadline.OverdueOn(today).Compile()(new DashboardTally { DueOn = day }));
    }

    [Theory, BothProviders]
    public async Task The_rule_translates_and_agrees_with_itself_in_the_database(DatabaseProvider provider)
    {
        await using var db = portals[provider].CreateDbContext();
        var now = DateTime.UtcNow;
        var cases = await db.ReportCases.AsNoTracking().Select(c => new { c.Status, c.DueUtc }).ToListAsync();
        Assert.Equal(cases.Count(c => CaseDeadline.IsOverdue(c.Status, c.DueUtc, now)), await db.ReportCases.CountAsync(CaseDeadline.OverdueAt(now)));

        var today = DateOnly.FromDateTime(now.AddHours(8));
        var tallies = await db.DashboardTallies.AsNoTracking().Select(t => t.DueOn).ToListAsync();
        Assert.Equal(tallies.Count(d => CaseDeadline.IsOverdueOn(d, today)), await db.DashboardTallies.CountAsync(CaseDeadline.OverdueOn(today)));
    }
}
