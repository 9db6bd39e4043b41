using Microsoft.EntityFrameworkCore;
using Regulator.Domain.Common;
using Regulator.Domain.Persistence;
using Regulator.Domain.SpotChecks;

namespace Regulator.Domain.Credit;

/// <summary>
/// The credit grades as spot-check draws weigh them (CAC Art. 15; MCT opinion 14): B → concern, C and D → poor, a listing
/// in force → untrustworthy. Platforms by platform id; publishers by filing id, through the person's grade. Grade A adds
/// no weight, so A subjects are left out: most of a province's million publishers are A, and a dictionary of them cost
/// the draw more than everything else it reads.
/// </summary>
public sealed class CreditSpotCheckGrades(RegulatorDbContext db, TimeProvider clock) : ISpotCheckCreditGrades
{
    public async Task<IReadOnlyDictionary<long, CreditRiskLevel>> GradesAsync(TargetKind kind, string provinceCode, CancellationToken ct)
    {
        var today = ChinaTime.Today(clock);
        var listed = UntrustworthyRegister.InForce(db, today);
        if (kind == TargetKind.Platform)
        {
            var platforms = await db.CreditSubjects.IgnoreQueryFilters().AsNoTracking()
                .Where(s => s.Kind == CreditSubjectKind.Platform && s.ProvinceCode == provinceCode && (s.Grade != CreditGrade.A || listed.Any(d => d.SubjectId == s.Id)))
                .Select(s => new { Id = (long)s.PlatformId!.Value, s.Grade, Listed = listed.Any(d => d.SubjectId == s.Id) }).ToListAsync(ct);
            return platforms.ToDictionary(p => p.Id, p => Level(p.Grade, p.Listed));
        }
        // Driven from the few subjects that add weight (graded below A by the (kind, grade) index; listings in force) to
        // their filings by blind index: joining a province's million filings to their subjects instead cost seconds of CPU.
        var subjects = db.CreditSubjects.IgnoreQueryFilters().AsNoTracking().Where(s => s.Kind == CreditSubjectKind.Publisher);
        var filings = db.Filings.IgnoreQueryFilters().AsNoTracking().Where(f => f.ProvinceCode == provinceCode);
        var levels = await (from s in subjects
                            where s.Grade > CreditGrade.A
                            join f in filings on s.IdentityBlindIndex equals f.IdentityBlindIndex
                            select new { f.Id, s.Grade }).ToDictionaryAsync(f => f.Id, f => Level(f.Grade, listed: false), ct);
        var untrustworthy = await (from d in listed
                                   join s in subjects on d.SubjectId equals s.Id
                                   join f in filings on s.IdentityBlindIndex equals f.IdentityBlindIndex
                                   select f.Id).Distinct().ToListAsync(ct);
        foreach (var id in untrustworthy) levels[id] = CreditRiskLevel.Untrustworthy;
        return levels;
    }

    private static CreditRiskLevel Level(CreditGrade grade, bool listed) => listed ? CreditRiskLevel.Untrustworthy : grade switch
    {
        CreditGrade.B => CreditRiskLevel.Concern,
        _ => CreditRiskLevel.Poor,
    };
}
