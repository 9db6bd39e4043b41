using Bogus;
using Microsoft.EntityFrameworkCore;
using Regulator.Domain.Persistence;
using Regulator.Domain.Platforms;
using Regulator.Domain.Protection;
using Regulator.Domain.Seeding;
using Regulator.Domain.Identity;

namespace Regulator.Domain.Filings;

/// <summary>
/// Demo filings through the real intake rules, so every status and reason is one the rules would give: publishers
/// aged 14–60 (some under 16, some 16–17 with or without guardian consent), organisations, news content on
/// platforms with and without the licence, identities filed on several platforms, and reviews by the provincial
/// offices. Written in batches of at most <see cref="FilingIntake.MaxBatchSize"/> with the change tracker cleared
/// after each, so memory stays flat at millions of publishers.
/// </summary>
public sealed class FilingDemoContributor(RegulatorDbContext db, IdentityProtector protector, TimeProvider clock) : IDemoDataContributor
{
    private static readonly string[] ReturnReasons = ["实名信息与证件照片不一致，请核实后重新报送", "显示名称含有诱导性用语，请修改", "请补充监护人同意书扫描件"];
    private static readonly string[] RejectReasons = ["主播身份信息经核查不实", "该主播曾因违规被列入黑名单"];

    public async Task SeedAsync(IReadOnlyList<Platform> platforms, DemoScale scale, CancellationToken ct)
    {
        if (platforms.Count == 0 || scale.Publishers <= 0) return;
        var withLicences = await db.Platforms.AsNoTracking().Include(p => p.Licences).ToDictionaryAsync(p => p.Id, ct);
        var faker = new Faker("zh_CN") { Random = new Randomizer(scale.RandomSeed + 3) };
        var now = clock.GetUtcNow();
        // Small enough batches that every platform files a few, large enough to keep millions quick.
        var batchSize = Math.Clamp(scale.Publishers / (platforms.Count * 4), 50, FilingIntake.MaxBatchSize);
        var batches = (scale.Publishers + batchSize - 1) / batchSize;
        // Filed over the last twelve months, oldest first, so the list has a history to page through and the dashboards a trend.
        var history = TimeSpan.FromDays(DemoScale.HistoryDays);
        var span = history / batches;
        var drafts = new DemoFilingDrafts(faker);
        for (var batch = 0; batch < batches; batch++)
        {
            var platform = withLicences[platforms[faker.Random.Int(0, platforms.Count - 1)].Id];
            var at = now - history + span * (batch + 0.5); // mid-slot: a small demo's one batch falls inside "the last twelve months"
            var today = Common.ChinaTime.Today(new DemoClock(at));
            var size = Math.Min(batchSize, scale.Publishers - batch * batchSize);
            var intake = new FilingIntake(db, protector, new DemoClock(at));
            var staged = await intake.StageAsync(platform, drafts.Take(batch * batchSize, size, today), new FilingSource(SubmissionChannel.Api, Actor.PlatformNamePrefix + platform.Name), null, ct);
            Review(faker, staged.Created, platform, at);
            await intake.SaveAsync(staged, ct);
            db.ChangeTracker.Clear();
        }
    }

    /// <summary>The province's office has worked through most of what was filed a while ago.</summary>
    private void Review(Faker faker, IEnumerable<Filing> filed, Platform platform, DateTimeOffset filedAt)
    {
        var reviewer = Actor.ProvincialAdministrator($"demo:{platform.ProvinceCode}.admin", platform.ProvinceCode);
        foreach (var filing in filed.Where(f => f.Status == FilingStatus.Submitted))
        {
            var when = (filedAt + TimeSpan.FromHours(faker.Random.Int(2, 240))).UtcDateTime;
            if (when > clock.GetUtcNow().UtcDateTime) continue;
            var roll = faker.Random.Double();
            if (roll < 0.75) filing.Accept(reviewer, when);
            else if (roll < 0.80) filing.ReturnForCorrection(reviewer, faker.PickRandom(ReturnReasons), when);
            else if (roll < 0.82) filing.Reject(reviewer, faker.PickRandom(RejectReasons), when);
        }
    }
}
