using System.Linq.Expressions;
using Regulator.Domain.Dashboards;

namespace Regulator.Domain.Reports;

/// <summary>
/// The one rule of "overdue" for a report case: it is not closed and its handling deadline has come. Source rule: a
/// report is handled within its category's time limit in working days (MCT opinion 12; CAC measures on handling
/// complaints and reports), counted by <see cref="WorkingCalendar.DueUtc"/>, whose deadline is the start of the China
/// day after the last working day — so a case is overdue from that instant (that day) on, and a closed case never is.
/// </summary>
/// <remarks>
/// The inbox, the case page, the "overdue" filter, the inspectors' desk, the dashboards and the reports-overdue
/// inspection rule all ask this class. Inside EF queries use the expressions (<see cref="OverdueAt"/>,
/// <see cref="OverdueOn"/>), which translate on SQLite and PostgreSQL; <see cref="IsOverdue"/> is the same rule for
/// rows already read.
/// </remarks>
public static class CaseDeadline
{
    /// <summary>Cases overdue at <paramref name="nowUtc"/>, as a translatable filter.</summary>
    public static Expression<Func<ReportCase, bool>> OverdueAt(DateTime nowUtc) => c => c.Status != CaseStatus.Closed && c.DueUtc <= nowUtc;

    /// <summary>Whether a case with <paramref name="status"/> and deadline <paramref name="dueUtc"/> is overdue at <paramref name="nowUtc"/>.</summary>
    public static bool IsOverdue(CaseStatus status, DateTime dueUtc, DateTime nowUtc) => status != CaseStatus.Closed && dueUtc <= nowUtc;

    /// <summary>
    /// The dashboards' daily tallies of open cases that are overdue on the China day <paramref name="today"/>: a tally
    /// keeps the China day its cases' deadline starts (<see cref="DashboardTally.DueOn"/>, null once closed).
    /// </summary>
    public static Expression<Func<DashboardTally, bool>> OverdueOn(DateOnly today) => t => t.DueOn != null && t.DueOn <= today;

    /// <summary>Whether a tally's open cases with deadline day <paramref name="dueOn"/> are overdue on <paramref name="today"/>.</summary>
    public static bool IsOverdueOn(DateOnly? dueOn, DateOnly today) => dueOn is { } due && due <= today;
}
