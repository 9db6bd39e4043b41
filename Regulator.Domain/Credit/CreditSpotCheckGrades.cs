using Microsoft.EntityFrameworkCore;
using Regulator.Domain.Common;
using Regulator.Domain.Persistence;
using Regulator.Domain.SpotChecks;

namespace Regulator.Domain.Credit;

/// <summary>
/// The credit grades as spot-check draws weigh them (CAC Art. 15; MCT opinion 14): B → concern, C and D → poor, a listing
/// in force → untrustworthy. Platforms by platform id; publishers by filing id, through the person's grade. Grade A adds
/// no weight, so A subjects are left out in the query: most of a province's million publishers are A, and a dictionary
/// of them cost the draw more than everything else it reads.
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
        var filings = await (from f in db.Filings.IgnoreQueryFilters().AsNoTracking()
                             join s in db.CreditSubjects.IgnoreQueryFilters().AsNoTracking() on f.IdentityBlindIndex equals s.IdentityBlindIndex
                             where f.ProvinceCode == provinceCode && (s.Grade != CreditGrade.A || listed.Any(d => d.SubjectId == s.Id))
                             select new { f.Id, s.Grade, Listed = listed.Any(d => d.SubjectId == s.Id) }).ToListAsync(ct);
        return filings.ToDictionary(f => f.Id, f => Level(f.Grade, f.Listed));
    }

    private static CreditRiskLevel Level(CreditGrade grade, bool listed) => listed ? CreditRiskLevel.Untrustworthy : grade switch
    {
        CreditGrade.B => CreditRiskLevel.Concern,
        _ => CreditRiskLevel.Poor,
    };
}
