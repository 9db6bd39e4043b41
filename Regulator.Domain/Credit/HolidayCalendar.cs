using Microsoft.EntityFrameworkCore;
using Regulator.Domain.Auditing;
using Regulator.Domain.Common;
using Regulator.Domain.Persistence;
using Regulator.Domain.Reports;
using Regulator.Domain.Identity;

namespace Regulator.Domain.Credit;

/// <summary>
/// The portal's holiday calendar as the national administrator maintains it from the State Council's annual notice:
/// the stored <see cref="CalendarAdjustment"/> days, and the shared <see cref="WorkingCalendar"/> every deadline in
/// working days counts on (the defence and repair-review periods here, report handling, spot-check publication).
/// Anyone on the staff may read it; only the national administrator changes it, each change audited with its reason
/// and in force for the next deadline counted. Deadlines already set keep their dates: a procedure's dates are part of
/// the notice the party was given.
/// </summary>
public sealed class HolidayCalendar(RegulatorDbContext db, WorkingCalendar calendar, AuditLog audit, TimeProvider clock)
{
    /// <summary>The adjustments of one calendar year, in date order.</summary>
    public async Task<IReadOnlyList<CalendarAdjustment>> YearAsync(int year, CancellationToken ct = default)
    {
        var (from, to) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        return await db.CalendarAdjustments.AsNoTracking().Where(a => a.Day >= from && a.Day <= to).OrderBy(a => a.Day).ToListAsync(ct);
    }

    /// <summary>The years that hold adjustments, and the current one, ascending.</summary>
    public async Task<IReadOnlyList<int>> YearsAsync(CancellationToken ct = default)
    {
        var days = await db.CalendarAdjustments.AsNoTracking().Select(a => a.Day).ToListAsync(ct);
        return [.. days.Select(d => d.Year).Append(clock.GetUtcNow().AddHours(8).Year).Distinct().Order()];
    }

    /// <summary>
    /// Makes <paramref name="day"/> a holiday or a make-up working day (replacing what it was). A holiday must fall on a
    /// weekday and a make-up working day on a weekend, otherwise the adjustment would change nothing (invalid). Refused
    /// unless the national administrator; invalid without a name (at most 50 characters) or a stated reason.
    /// </summary>
    public async Task<StepResult<CalendarAdjustment>> SetAsync(DateOnly day, CalendarDayKind kind, string name, string reason, Actor actor, CancellationToken ct = default)
    {
        if (!actor.IsNationalAdministrator) return NotNational;
        name = name.Trim();
        if (name.Length is 0 or > 50) return StepFailure.Invalid("请填写节日名称（至多 50 字）(name the holiday, at most 50 characters)");
        if (StatedReason.Refusal(reason, out var stated) is { } invalid) return invalid;
        var weekend = day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
        if (kind == CalendarDayKind.Holiday && weekend) return StepFailure.Invalid("周末本不计工作日，无需设为节假日 (a weekend day is not a working day already)");
        if (kind == CalendarDayKind.MakeUpWorkday && !weekend) return StepFailure.Invalid("调休上班日应为周六或周日 (a make-up working day falls on a weekend)");
        var adjustment = await db.CalendarAdjustments.FirstOrDefaultAsync(a => a.Day == day, ct);
        var before = adjustment is null ? "none" : $"{adjustment.Kind} {adjustment.Name}";
        if (adjustment is null) db.CalendarAdjustments.Add(adjustment = new CalendarAdjustment { Day = day });
        adjustment.Kind = kind;
        adjustment.Name = name;
        adjustment.UpdatedBy = actor.Name;
        adjustment.UpdatedUtc = clock.GetUtcNow().UtcDateTime;
        audit.Add(CreditAuditActions.CalendarChanged, nameof(CalendarAdjustment), day.ToString("yyyy-MM-dd"), reason: stated, details: $"{before} -> {kind} {name}");
        await db.SaveChangesAsync(ct);
        await LoadAsync(ct);
        return adjustment;
    }

    /// <summary>
    /// Gives <paramref name="day"/> back to the plain week (a weekday works, a weekend rests) and returns the adjustment
    /// removed. Refused unless the national administrator; invalid without a stated reason; not found when the day had
    /// no adjustment.
    /// </summary>
    public async Task<StepResult<CalendarAdjustment>> RemoveAsync(DateOnly day, string reason, Actor actor, CancellationToken ct = default)
    {
        if (!actor.IsNationalAdministrator) return NotNational;
        if (StatedReason.Refusal(reason, out var stated) is { } invalid) return invalid;
        var adjustment = await db.CalendarAdjustments.FirstOrDefaultAsync(a => a.Day == day, ct);
        if (adjustment is null) return StepFailure.NotFound;
        db.CalendarAdjustments.Remove(adjustment);
        audit.Add(CreditAuditActions.CalendarChanged, nameof(CalendarAdjustment), day.ToString("yyyy-MM-dd"), reason: stated,
            details: $"{adjustment.Kind} {adjustment.Name} -> none");
        await db.SaveChangesAsync(ct);
        await LoadAsync(ct);
        return adjustment;
    }

    /// <summary>Loads the stored calendar into the shared <see cref="WorkingCalendar"/> (at start-up, and after each change here).</summary>
    public async Task LoadAsync(CancellationToken ct = default)
    {
        var days = await db.CalendarAdjustments.AsNoTracking().Select(a => new { a.Day, a.Kind }).ToListAsync(ct);
        calendar.Replace(new WorkingCalendarOptions
        {
            Holidays = [.. days.Where(d => d.Kind == CalendarDayKind.Holiday).Select(d => d.Day)],
            MakeUpWorkdays = [.. days.Where(d => d.Kind == CalendarDayKind.MakeUpWorkday).Select(d => d.Day)],
        });
    }

    private static readonly StepFailure NotNational = StepFailure.Refused("节假日安排由国家级管理员维护 (the holiday calendar is the national administrator's)");
}
