using Microsoft.EntityFrameworkCore;
using Regulator.Domain.Common;
using Regulator.Domain.Persistence;

namespace Regulator.Domain.SpotChecks;

/// <summary>
/// The plan list's filters and order: title text, province (national readers), agency (<c>joint</c> for joint plans),
/// target kind and status; newest plan first by default, or by period start. A province plans a few dozen plans a
/// year, so the list pages by offset. The province filter of the context limits provincial staff to their own plans.
/// The dashboards' spot-check figures open it by China day created (<paramref name="CreatedFrom"/>–<paramref name="CreatedTo"/>)
/// or by the day their tasks were drawn (<paramref name="DrawnFrom"/>–<paramref name="DrawnTo"/>; a plan's tasks in force come
/// from one draw, a redraw cancelling the earlier one's).
/// </summary>
public sealed record SpotCheckPlanSearch(string? Text = null, string? ProvinceCode = null, Agency? Agency = null, bool JointOnly = false,
    TargetKind? TargetKind = null, PlanStatus? Status = null, string? SortKey = null, bool Descending = false,
    DateOnly? CreatedFrom = null, DateOnly? CreatedTo = null, DateOnly? DrawnFrom = null, DateOnly? DrawnTo = null) : IListQuery<SpotCheckPlanSearch.Row>
{
    /// <summary>One plan with its task totals (tasks of the current draw; cancelled ones are not counted).</summary>
    public sealed record Row(int Id, string Title, string ProvinceCode, Agency? Agency, TargetKind TargetKind, DateOnly PeriodStart, DateOnly PeriodEnd,
        PlanStatus Status, DateOnly? PublishOn, DateTime CreatedUtc, int Tasks, int ClosedTasks, int TasksWithProblems);

    public Task<ListPage<Row>> PageAsync(RegulatorDbContext db, ListRequest page, CancellationToken ct = default)
    {
        var query = db.SpotCheckPlans.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(Text))
        {
            var text = Text.Trim();
            query = query.Where(p => p.Title.Contains(text));
        }
        if (!string.IsNullOrEmpty(ProvinceCode)) query = query.Where(p => p.ProvinceCode == ProvinceCode);
        if (JointOnly) query = query.Where(p => p.Agency == null);
        else if (Agency is { } agency) query = query.Where(p => p.Agency == agency);
        if (TargetKind is { } kind) query = query.Where(p => p.TargetKind == kind);
        if (Status is { } status) query = query.Where(p => p.Status == status);
        if (CreatedFrom is { } createdFrom)
        {
            var start = ChinaTime.StartOfDayUtc(createdFrom);
            query = query.Where(p => p.CreatedUtc >= start);
        }
        if (CreatedTo is { } createdTo)
        {
            var end = ChinaTime.StartOfDayUtc(createdTo.AddDays(1));
            query = query.Where(p => p.CreatedUtc < end);
        }
        if (DrawnFrom is not null || DrawnTo is not null)
        {
            var (drawnFrom, drawnTo) = (DrawnFrom ?? DateOnly.MinValue, DrawnTo ?? DateOnly.MaxValue);
            var drawn = db.SpotCheckTasks.Where(t => t.Status != SpotCheckTaskStatus.Cancelled && t.DrawnOn >= drawnFrom && t.DrawnOn <= drawnTo);
            query = query.Where(p => drawn.Any(t => t.PlanId == p.Id));
        }
        var ordered = (SortKey, Descending) switch
        {
            ("period", false) => query.OrderBy(p => p.PeriodStart).ThenBy(p => p.Id),
            ("period", true) => query.OrderByDescending(p => p.PeriodStart).ThenByDescending(p => p.Id),
            ("created", false) => query.OrderBy(p => p.CreatedUtc).ThenBy(p => p.Id),
            _ => query.OrderByDescending(p => p.CreatedUtc).ThenByDescending(p => p.Id),
        };
        var tasks = db.SpotCheckTasks.Where(t => t.Status != SpotCheckTaskStatus.Cancelled);
        return OffsetPaging.PageAsync(
            ordered.Select(p => new Row(p.Id, p.Title, p.ProvinceCode, p.Agency, p.TargetKind, p.PeriodStart, p.PeriodEnd, p.Status, p.PublishOn, p.CreatedUtc,
                tasks.Count(t => t.PlanId == p.Id),
                tasks.Count(t => t.PlanId == p.Id && t.Status == SpotCheckTaskStatus.Closed),
                tasks.Count(t => t.PlanId == p.Id && t.Results.Any(r => r.Outcome != CheckOutcome.NoProblem)))),
            page, ct);
    }
}
