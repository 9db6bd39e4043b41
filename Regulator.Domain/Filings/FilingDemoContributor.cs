using Bogus;
using Microsoft.EntityFrameworkCore;
using Regulator.Domain.Persistence;
using Regulator.Domain.Platforms;
using Regulator.Domain.Protection;
using Regulator.Domain.Provinces;
using Regulator.Domain.Seeding;

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
    private static readonly string[] NickStems = ["小", "阿", "大", "老", "甜", "酷", "萌", "野", "暖", "皮"];
    private static readonly string[] NickTails = ["鱼", "哥", "妹", "熊", "猫", "歌手", "厨娘", "说车", "讲史", "户外", "游戏", "舞者"];

    public async Task SeedAsync(IReadOnlyList<Platform> platforms, DemoScale scale, CancellationToken ct)
    {
        if (platforms.Count == 0 || scale.Publishers <= 0) return;
        var withLicences = await db.Platforms.AsNoTracking().Include(p => p.Licences).ToDictionaryAsync(p => p.Id, ct);
        var faker = new Faker("zh_CN") { Random = new Randomizer(scale.RandomSeed + 3) };
        var now = clock.GetUtcNow();
        // Small enough batches that every platform files a few, large enough to keep millions quick.
        var batchSize = Math.Clamp(scale.Publishers / (platforms.Count * 4), 50, FilingIntake.MaxBatchSize);
        var batches = (scale.Publishers + batchSize - 1) / batchSize;
        // Filed over the last two years, oldest first, so the list has a history to page through.
        var span = TimeSpan.FromDays(730) / batches;
        // A small rolling pool of identities to file again elsewhere: linked publishers without holding millions in memory.
        var pool = new Queue<(string Name, string Id)>();
        var detectChanges = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            for (var batch = 0; batch < batches; batch++)
            {
                var platform = withLicences[platforms[faker.Random.Int(0, platforms.Count - 1)].Id];
                var at = now - TimeSpan.FromDays(730) + span * batch;
                var today = Common.ChinaTime.Today(new DemoClock(at));
                var size = Math.Min(batchSize, scale.Publishers - batch * batchSize);
                var drafts = Enumerable.Range(batch * batchSize, size).Select(n => Draft(faker, n, today, pool)).ToList();
                var intake = new FilingIntake(db, protector, new DemoClock(at));
                await intake.StageAsync(platform, drafts, new FilingSource(SubmissionChannel.Api, $"platform:{platform.Name}"), null, ct);
                db.ChangeTracker.DetectChanges();
                Review(faker, platform, at);
                db.ChangeTracker.DetectChanges();
                await db.SaveChangesAsync(ct);
                db.ChangeTracker.Clear();
            }
        }
        finally
        {
            db.ChangeTracker.AutoDetectChangesEnabled = detectChanges;
        }
    }

    private static FilingDraft Draft(Faker faker, int n, DateOnly today, Queue<(string Name, string Id)> pool)
    {
        var province = ProvinceCatalog.All[faker.Random.Int(0, ProvinceCatalog.All.Count - 2)].Code; // 66 is no ID area code
        var kinds = faker.Random.Bool(0.15f) ? ContentKinds.NewsInformation : ContentKinds.None;
        kinds |= faker.PickRandom(ContentKinds.Performance, ContentKinds.AudioVisual, ContentKinds.Other);
        var displayNames = Enumerable.Range(0, faker.Random.Int(1, 2)).Select(_ => faker.PickRandom(NickStems) + faker.PickRandom(NickTails) + faker.Random.Int(1, 999)).ToList();
        var publisherId = $"u{n:D9}";

        if (faker.Random.Bool(0.08f))
            return new FilingDraft(publisherId, PublisherType.Organization, faker.Company.CompanyName() + "文化传媒有限公司",
                DemoIdentities.UnifiedSocialCreditCode(faker.Random, province), displayNames, kinds, null);

        if (pool.Count > 200 && faker.Random.Bool(0.04f))
        {
            var (name, id) = pool.Dequeue();
            return new FilingDraft(publisherId, PublisherType.Individual, name, id, displayNames, kinds, null);
        }

        var roll = faker.Random.Double();
        var age = roll < 0.03 ? faker.Random.Int(14, 15) : roll < 0.08 ? faker.Random.Int(16, 17) : faker.Random.Int(18, 60);
        var birth = today.AddYears(-age).AddDays(-faker.Random.Int(0, 364));
        var realName = faker.Name.LastName() + faker.Name.FirstName();
        var identity = DemoIdentities.ResidentId(faker.Random, province, birth);
        GuardianDraft? guardian = null;
        if (age is 16 or 17)
        {
            var guardianBirth = birth.AddYears(-faker.Random.Int(22, 40));
            // One in five comes without a complete consent, so the rules have something to return.
            guardian = new GuardianDraft(faker.Name.LastName() + faker.Name.FirstName(), faker.PickRandom<GuardianRelation>(),
                faker.Random.Bool(0.8f) ? DemoIdentities.ResidentId(faker.Random, province, guardianBirth) : null,
                today.AddDays(-faker.Random.Int(1, 60)));
        }
        else if (age >= 18)
        {
            pool.Enqueue((realName, identity));
            if (pool.Count > 1000) pool.Dequeue();
        }
        return new FilingDraft(publisherId, PublisherType.Individual, realName, identity, displayNames, kinds, guardian);
    }

    /// <summary>The province's office has worked through most of what was filed a while ago.</summary>
    private void Review(Faker faker, Platform platform, DateTimeOffset filedAt)
    {
        var reviewer = new FilingActor($"demo:{platform.ProvinceCode}.admin", FilingActorKind.ProvincialAdministrator, platform.ProvinceCode);
        foreach (var filing in db.ChangeTracker.Entries<Filing>().Select(e => e.Entity).Where(f => f.Status == FilingStatus.Submitted))
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
