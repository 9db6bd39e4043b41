using Microsoft.EntityFrameworkCore;
using Regulator.Domain.Common;
using Regulator.Domain.Credit;
using Regulator.Domain.Persistence;

namespace Regulator.Domain.Dashboards.Sources;

/// <summary>
/// The credit standing of the day (CAC Art. 15; MCT opinion 14): subjects per grade (key = grade, detail = publisher or
/// platform) and untrustworthy designations in force (key = serious or minor), per province and agency, counted as a
/// snapshot on the China day it is taken. A grade distribution is a state, not a flow, so each day keeps the last
/// snapshot taken on it and the dashboard reads the latest one up to the end of its period. A new snapshot is taken
/// when a subject was added or a grade changed (ids after the watermarks), a procedure moved (its audited steps)
/// or the day turned (listings start and end with the calendar); past days are never recounted, so their snapshots stay.
/// </summary>
public sealed class CreditStandingTallySource(TimeProvider clock) : IDashboardTallySource
{
    private const string Subjects = "credit:subjects";
    private const string Changes = "credit:grade-changes";
    private const string Steps = "credit:audit";
    private const string Taken = "credit:snapshot-day";

    public IReadOnlyList<string> Measures { get; } = [DashboardMeasures.CreditGrades, DashboardMeasures.UntrustworthyListings];

    public async Task<DashboardChanges> ChangesAsync(RegulatorDbContext db, IReadOnlyDictionary<string, long> watermarks, CancellationToken ct)
    {
        var today = ChinaTime.Today(clock);
        var (changesSince, stepsSince, takenOn) = (DashboardChanges.Position(watermarks, Changes), DashboardChanges.Position(watermarks, Steps), DashboardChanges.Position(watermarks, Taken));
        var subjectsSince = DashboardChanges.Position(watermarks, Subjects);
        var lastSubject = await db.CreditSubjects.IgnoreQueryFilters().MaxAsync(s => (long?)s.Id, ct) ?? 0;
        var lastChange = await db.CreditGradeChanges.IgnoreQueryFilters().MaxAsync(c => (long?)c.Id, ct) ?? 0;
        var lastAudit = await db.AuditEntries.IgnoreQueryFilters().MaxAsync(a => (long?)a.Id, ct) ?? 0;
        var stepped = lastAudit > stepsSince && await db.AuditEntries.IgnoreQueryFilters()
            .AnyAsync(a => a.Id > stepsSince && a.Id <= lastAudit && a.Action == CreditAuditActions.DesignationStep, ct);
        var retake = lastSubject > subjectsSince || lastChange > changesSince || stepped || takenOn < today.DayNumber;
        return new DashboardChanges(retake ? new HashSet<DateOnly> { today } : new HashSet<DateOnly>(), new Dictionary<string, long>
        {
            [Subjects] = Math.Max(subjectsSince, lastSubject), [Changes] = Math.Max(changesSince, lastChange), [Steps] = Math.Max(stepsSince, lastAudit), [Taken] = Math.Max(takenOn, today.DayNumber),
        });
    }

    /// <summary>The snapshot of today when the days asked include it; nothing for past days (a past day's standing cannot be recounted from today's records).</summary>
    public async Task<IReadOnlyList<DashboardTally>> TallyAsync(RegulatorDbContext db, DateOnly from, DateOnly to, CancellationToken ct)
    {
        var today = ChinaTime.Today(clock);
        if (today < from || today > to) return [];
        var grades = await db.CreditSubjects.IgnoreQueryFilters()
            .GroupBy(s => new { s.ProvinceCode, s.Agency, s.Kind, s.Grade })
            .Select(g => new { g.Key.ProvinceCode, g.Key.Agency, g.Key.Kind, g.Key.Grade, Count = g.Count() })
            .ToListAsync(ct);
        var listings = await db.UntrustworthyDesignations.IgnoreQueryFilters()
            .Where(d => d.State == DesignationState.Listed && d.StartsOn <= today && d.EndsOn >= today)
            .GroupBy(d => new { d.ProvinceCode, d.Agency, d.Level })
            .Select(g => new { g.Key.ProvinceCode, g.Key.Agency, g.Key.Level, Count = g.Count() })
            .ToListAsync(ct);
        return
        [
            .. grades.Select(g => new DashboardTally
            {
                Measure = DashboardMeasures.CreditGrades, Day = today, ProvinceCode = g.ProvinceCode, Agency = g.Agency, Key = g.Grade.ToString(),
                Detail = g.Kind.ToString(), Count = g.Count,
            }),
            .. listings.Select(g => new DashboardTally
            {
                Measure = DashboardMeasures.UntrustworthyListings, Day = today, ProvinceCode = g.ProvinceCode, Agency = g.Agency, Key = g.Level.ToString(), Count = g.Count,
            }),
        ];
    }
}
