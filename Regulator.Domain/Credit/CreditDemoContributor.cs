using Microsoft.EntityFrameworkCore;
using Regulator.Domain.Common;
using Regulator.Domain.Persistence;
using Regulator.Domain.Platforms;
using Regulator.Domain.Reports;
using Regulator.Domain.Seeding;
using Regulator.Domain.Identity;

namespace Regulator.Domain.Credit;

/// <summary>
/// Demo credit data through the real steps, after filings, reports and the blacklist are seeded: every filed publisher
/// and platform becomes a subject, substantiated cases and published entries become facts, some platforms report
/// measures, Beijing and Guangdong record penalties, and Beijing runs the procedure — one serious listing decided after
/// a defence, one proposal in its defence period, one listing removed by credit repair — so a fresh portal shows grades
/// of every letter and the public register has entries.
/// </summary>
public sealed class CreditDemoContributor(RegulatorDbContext db, CreditFactCollector collector, PlatformMeasures measures, AdministrativePenalties penalties,
    UntrustworthyProcedure procedure, TimeProvider clock) : IDemoDataContributor
{
    private static readonly Actor BeijingProposer = Actor.ProvincialAdministrator("demo:bj.admin", "11", "demo:bj.admin");
    private static readonly Actor BeijingDecider = Actor.ProvincialAdministrator("demo:bj.admin2", "11", "demo:bj.admin2");

    public async Task SeedAsync(IReadOnlyList<Platform> platforms, DemoScale scale, CancellationToken ct)
    {
        if (platforms.Count == 0) return;
        await collector.CollectAsync(ct);
        var today = ChinaTime.Today(clock);
        var random = new Random(scale.RandomSeed + 13);
        // Measures on a few filings per platform (at most 40 in all), some publishers twice.
        var filings = await db.Filings.AsNoTracking().OrderBy(f => f.Id).Take(4000).Select(f => new { f.PlatformId, f.PlatformPublisherId }).ToListAsync(ct);
        var picked = filings.Where((_, i) => i % 25 == 3).Take(40).ToList();
        PunitiveMeasures[] kinds = [PunitiveMeasures.Warning, PunitiveMeasures.Warning, PunitiveMeasures.Suspension, PunitiveMeasures.AccountClosure];
        for (var i = 0; i < picked.Count; i++)
        {
            var measure = kinds[random.Next(kinds.Length)];
            var takenOn = today.AddDays(-random.Next(1, 300));
            for (var repeat = 0; repeat < (i % 5 == 0 ? 3 : 1); repeat++)
                await measures.ReportAsync(picked[i].PlatformId, new PlatformMeasureDraft($"demo-{i}-{repeat}", picked[i].PlatformPublisherId, measure,
                    takenOn.AddDays(repeat), measure == PunitiveMeasures.Suspension ? takenOn.AddDays(repeat + 30) : null,
                    "直播中出现低俗内容，经平台审核确认"), ct);
        }

        var subjects = await db.CreditSubjects.AsNoTracking().Where(s => s.Kind == CreditSubjectKind.Platform && (s.ProvinceCode == "11" || s.ProvinceCode == "44"))
            .OrderBy(s => s.Id).Take(2).ToListAsync(ct);
        foreach (var (subject, n) in subjects.Select((s, n) => (s, n)))
            await penalties.RecordAsync(subject.Id, $"{(subject.ProvinceCode == "11" ? "京" : "粤")}网信罚〔{today.Year}〕{n + 11}号", today.AddDays(-40 - n), CreditSeverity.General,
                "未落实主播实名备案，责令改正并处罚款", subject.ProvinceCode == "11" ? BeijingProposer : Actor.ProvincialAdministrator("demo:gd.admin", "44", "demo:gd.admin"), ct);

        await SeedProceduresAsync(today, ct);
    }

    private async Task SeedProceduresAsync(DateOnly today, CancellationToken ct)
    {
        // Beijing publishers with a blacklist or penalty fact can be listed as serious; those with two lapses as minor.
        var serious = await db.CreditFacts.AsNoTracking().Where(f => f.ProvinceCode == "11" && f.Kind == CreditFactKind.BlacklistPublished && f.WithdrawnUtc == null)
            .OrderBy(f => f.Id).Take(2).ToListAsync(ct);
        foreach (var (fact, n) in serious.Select((f, n) => (f, n)))
        {
            var proposed = await procedure.ProposeAsync(new DesignationProposal(fact.SubjectId, "serious-minors-harm", [fact.Id],
                $"当事人{fact.Summary}，经查证属实，情节严重。"), BeijingProposer, ct);
            if (!proposed.Succeeded) continue;
            var id = proposed.Value.Id;
            await procedure.RecordDefenceAsync(id, "当事人称已删除相关视频并向平台道歉，请求从轻处理。", ["陈述申辩书.pdf"], today, BeijingProposer, ct);
            await procedure.DecideAsync(id, true, "陈述申辩理由不能成立，事实清楚、证据确凿，依法认定为严重失信主体。", BeijingDecider, ct);
            if (n == 1)
            {
                await procedure.ApplyForRepairAsync(id, "已完成整改并参加信用修复培训，提交整改报告。", "本人承诺今后遵守法律法规和平台规则。", BeijingProposer, ct);
                await procedure.DecideRepairAsync(id, true, "整改到位，信用承诺已公示，准予信用修复。", BeijingDecider, ct);
            }
        }
        var lapsed = await db.CreditFacts.AsNoTracking()
            .Where(f => f.ProvinceCode == "11" && f.Kind == CreditFactKind.PlatformMeasure && f.WithdrawnUtc == null)
            .GroupBy(f => f.SubjectId).Where(g => g.Count() >= 2).Select(g => new { SubjectId = g.Key, Ids = g.Select(f => f.Id).ToList() }).FirstOrDefaultAsync(ct);
        if (lapsed is not null)
            await procedure.ProposeAsync(new DesignationProposal(lapsed.SubjectId, "minor-repeated-breaches", lapsed.Ids, "一年内多次被平台警示、暂停发布，仍未改正。"), BeijingProposer, ct);
    }
}
