using Microsoft.EntityFrameworkCore;
using Regulator.Domain.Credit;
using Regulator.Domain.SpotChecks;
using Regulator.Tests.Infrastructure;
using static Regulator.Tests.Credit.CreditArrange;

namespace Regulator.Tests.Credit;

/// <summary>The credit grades a risk-weighted spot-check draw reads (<see cref="CreditSpotCheckGrades"/>, MCT opinion 14), on both providers.</summary>
public sealed class CreditSpotCheckGradesTests(ProviderPortals portals) : IClassFixture<ProviderPortals>
{
    [Theory, BothProviders]
    public async Task Grades_B_C_and_D_add_weight_to_the_publishers_filings_and_grade_A_is_left_out(DatabaseProvider provider)
    {
        var portal = portals[provider];
        var graded = new Dictionary<CreditGrade, CreditSubject>();
        foreach (var grade in new[] { CreditGrade.A, CreditGrade.B, CreditGrade.C, CreditGrade.D }) graded[grade] = await FreshPublisherAsync(portal);
        await using var arrange = new CreditArrange(portal, National);
        var filings = new Dictionary<CreditGrade, long>();
        foreach (var (grade, subject) in graded)
        {
            await arrange.Db.CreditSubjects.Where(s => s.Id == subject.Id).ExecuteUpdateAsync(u => u.SetProperty(s => s.Grade, grade));
            filings[grade] = await arrange.Db.Filings.Where(f => f.IdentityBlindIndex == subject.IdentityBlindIndex).Select(f => f.Id).SingleAsync();
        }

        var levels = await new CreditSpotCheckGrades(arrange.Db, arrange.Clock).GradesAsync(TargetKind.Publisher, "11", default);

        Assert.Equal(CreditRiskLevel.Concern, levels[filings[CreditGrade.B]]);
        Assert.Equal(CreditRiskLevel.Poor, levels[filings[CreditGrade.C]]);
        Assert.Equal(CreditRiskLevel.Poor, levels[filings[CreditGrade.D]]);
        Assert.False(levels.ContainsKey(filings[CreditGrade.A]));
        Assert.Equal(RiskWeight.Base, RiskWeight.Of(0, 0, levels.GetValueOrDefault(filings[CreditGrade.A])));
    }
}
