using Bogus;
using Microsoft.EntityFrameworkCore;
using Regulator.Domain.Common;
using Regulator.Domain.Filings;
using Regulator.Domain.IdentityNumbers;
using Regulator.Domain.Persistence;
using Regulator.Domain.Platforms;
using Regulator.Domain.Protection;
using Regulator.Domain.Seeding;
using Regulator.Domain.Reports;
using Regulator.Domain.Auditing;
using Regulator.Domain.Scoping;
using Regulator.Domain.Identity;

namespace Regulator.Domain.Blacklist;

/// <summary>
/// Demo blacklist entries. The first few dozen go through circulation exactly as people would move them — proposed by
/// Beijing, Guangdong and Zhejiang or reported by platforms, confirmed, published, lifted or declined on days spread over
/// the last twelve months (each step through the real circulation, on a clock stopped at that step), a warning
/// followed by an escalated re-offence — several of them people already filed on other platforms, so the
/// cross-platform page and the filing alerts have something to show. Beyond that (the benchmark asks for a million)
/// entries are written straight to the published list in batches, each with its proposal, confirmation and
/// publication in its history and its line in the feed; their identities follow <see cref="BenchmarkIdentity"/>.
/// </summary>
public sealed class BlacklistDemoContributor(RegulatorDbContext db, IdentityProtector protector, ICurrentActor actor,
    BlacklistFeedWriter feed, TimeProvider clock) : IDemoDataContributor
{
    public const int CirculatedEntries = 60;
    private const int BatchSize = 5000;

    private static readonly string[] Provinces = ["11", "44", "33"];
    private static readonly Actor National = Actor.NationalAdministrator("demo:national.admin");
    private static readonly string[] Facts =
    [
        "直播中展示低俗图片并以“福利”诱导未成年人添加私人联系方式，经平台多次警告仍不改正。",
        "以虚假消费、打赏排行榜诱导未成年人打赏，单场涉及金额较大。",
        "安排未成年人长时间出镜带货，摆拍不雅姿势博取流量。",
        "直播中传播淫秽色情内容，被多名用户举报，平台已封禁账号。",
        "在直播间公开他人隐私并组织网络欺凌，造成恶劣影响。",
        "未取得资质发布新闻信息并歪曲事实，引发网络谣言传播。",
    ];
    private static readonly string[] Nicknames = ["夜猫子", "小甜甜", "酷哥", "阿龙说车", "萌妹", "老王户外", "皮皮虾", "暖暖"];

    /// <summary>
    /// The identity of bulk entry <paramref name="n"/>: Beijing Dongcheng (110101) residents born from 1960-01-01 on,
    /// a thousand sequence numbers per birthday. The load generator derives the same numbers (and, with area 310101,
    /// numbers that are not on the list), so it can ask about both without reading the database.
    /// </summary>
    public static string BenchmarkIdentity(long n, string area = "110101")
    {
        var first17 = $"{area}{new DateOnly(1960, 1, 1).AddDays((int)(n / 1000)):yyyyMMdd}{n % 1000:D3}";
        return first17 + ResidentIdNumber.CheckCharacter(first17);
    }

    public async Task SeedAsync(IReadOnlyList<Platform> platforms, DemoScale scale, CancellationToken ct)
    {
        if (platforms.Count == 0 || scale.BlacklistEntries <= 0) return;
        var faker = new Faker("zh_CN") { Random = new Randomizer(scale.RandomSeed + 4) };
        var circulated = Math.Min(scale.BlacklistEntries, CirculatedEntries);
        await SeedCirculatedAsync(faker, platforms, circulated, ct);
        if (scale.BlacklistEntries > circulated) await SeedPublishedAsync(faker, platforms, scale.BlacklistEntries - circulated, ct);
        // Entries whose period ran out during the year are expired, as the sweeper would have done on the day after.
        var expiry = new BlacklistExpiry(db, feed, new AuditLog(db, actor, clock), clock);
        while (await expiry.ExpireDueAsync(ct) > 0) db.ChangeTracker.Clear();
    }

    private async Task SeedCirculatedAsync(Faker faker, IReadOnlyList<Platform> platforms, int count, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        // Adults already filed somewhere: blacklisting them through another platform makes a cross-platform match.
        var filed = await db.Filings.IgnoreQueryFilters().AsNoTracking()
            .Where(f => f.PublisherType == PublisherType.Individual && f.AgeBand == AgeBand.Adult)
            .OrderBy(f => f.Id).Take(count / 3).Select(f => new { f.IdentityCiphertext, f.PlatformId }).ToListAsync(ct);
        for (var i = 0; i < count; i++)
        {
            // Proposed some day of the last year; each later step a few days after the one before, never after today.
            var at = now.AddDays(-faker.Random.Double(3, DemoScale.HistoryDays - 10));
            DateTimeOffset Later(int minDays, int maxDays) => at = Min(at.AddDays(faker.Random.Double(minDays, maxDays)), now.AddMinutes(-faker.Random.Int(1, 600)));
            var today = ChinaTime.Today(new DemoClock(at));
            var (number, filedOn) = i < filed.Count
                ? (protector.Decrypt(filed[i].IdentityCiphertext), filed[i].PlatformId)
                : (DemoIdentities.ResidentId(faker.Random, faker.PickRandom(Provinces), today.AddYears(-faker.Random.Int(18, 45)).AddDays(-faker.Random.Int(0, 364))), 0);
            var offendedOn = faker.PickRandom(platforms.Where(p => p.Id != filedOn).ToList());
            var roll = faker.Random.Double();
            var severity = roll < 0.35 ? BlacklistSeverity.Warning : roll < 0.85 ? BlacklistSeverity.TimedBan : BlacklistSeverity.Permanent;
            var entry = await ProposeAsync(faker, number, offendedOn, severity, at, ct);
            var fate = faker.Random.Double();
            if (fate < 0.2) continue; // waiting for the province
            var province = Actor.ProvincialAdministrator($"demo:{entry.ProvinceCode}.admin", entry.ProvinceCode);
            if (fate < 0.27)
            {
                await CirculationAt(Later(1, 6)).DeclineAsync(entry.Id, province, "证据不足，退回平台补充", ct);
                continue;
            }
            await CirculationAt(Later(1, 6)).ConfirmAsync(entry.Id, Reviewer(entry.ProvinceCode), "经核查，违规事实清楚", ct);
            if (fate < 0.4) continue; // waiting for the national office
            var publishedAt = Later(1, 8);
            if (entry.EndsOn is { } ends && ends < ChinaTime.Today(new DemoClock(publishedAt))) continue; // the period ran out while it waited
            await CirculationAt(publishedAt).PublishAsync([entry.Id], National, "同意全国通报", ct);
            if (fate > 0.92)
                await CirculationAt(Later(20, 90)).LiftAsync(entry.Id, National, faker.PickRandom<BlacklistLiftGround>(), "申诉材料经复核成立，予以解除", ct);
            else if (severity == BlacklistSeverity.Warning && fate > 0.75)
            {
                // Re-offending after a warning: the next entry is escalated when proposed.
                var again = await ProposeAsync(faker, number, offendedOn, BlacklistSeverity.Warning, Later(10, 60), ct);
                await CirculationAt(Later(1, 5)).ConfirmAsync(again.Id, Reviewer(again.ProvinceCode), "警示期内再次违规", ct);
            }
        }
    }

    /// <summary>The real circulation, on a clock stopped at <paramref name="at"/>, so the step's history, audit row and feed line carry that time.</summary>
    private BlacklistCirculation CirculationAt(DateTimeOffset at)
    {
        var stopped = new DemoClock(at);
        return new BlacklistCirculation(db, protector, new BlacklistFeedWriter(db, stopped), new AuditLog(db, actor, stopped), stopped);
    }

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;

    // Not the demo administrator who proposes: a proposal is confirmed by a second administrator of the province.
    private static Actor Reviewer(string provinceCode) => Actor.ProvincialAdministrator($"demo:{provinceCode}.reviewer", provinceCode);

    private async Task<BlacklistEntry> ProposeAsync(Faker faker, string number, Platform offendedOn, BlacklistSeverity severity, DateTimeOffset at, CancellationToken ct)
    {
        var today = ChinaTime.Today(new DemoClock(at));
        var province = offendedOn.ProvinceCode is "11" or "44" or "33" ? offendedOn.ProvinceCode : faker.PickRandom(Provinces);
        // About one in four is a platform's own report (CAC Art. 15); the rest are the provinces' proposals.
        var proposer = faker.Random.Bool(0.25f)
            ? Actor.Platform(Actor.PlatformNamePrefix + offendedOn.Name, offendedOn.Id, offendedOn.ProvinceCode)
            : Actor.ProvincialAdministrator($"demo:{province}.admin", province);
        var starts = today.AddDays(-faker.Random.Int(1, 60));
        var draft = new BlacklistProposal(number, [faker.PickRandom(Nicknames) + faker.Random.Int(1, 99)], [offendedOn.Id],
            ReportTaxonomy.Seed[faker.Random.Int(0, ReportTaxonomy.Seed.Count - 1)].Code, faker.PickRandom(Facts), [$"案卷 {today.Year}-{faker.Random.Int(1000, 9999)}"],
            severity, starts, severity == BlacklistSeverity.Permanent ? null : today.AddDays(faker.Random.Int(30, 720)));
        // The demo's drafts are valid by construction: a failure here is a bug in the seeder, so Value throws.
        return (await CirculationAt(at).ProposeAsync(draft, proposer, offendedOn.Agency, ct)).Value;
    }

    private async Task SeedPublishedAsync(Faker faker, IReadOnlyList<Platform> platforms, int count, CancellationToken ct)
    {
        var categories = await db.ReportCategories.AsNoTracking().ToListAsync(ct);
        var registered = platforms.Select(p => p.Id).ToHashSet();
        var today = ChinaTime.Today(clock);
        var now = clock.GetUtcNow().UtcDateTime;
        var detectChanges = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            for (var start = 0; start < count; start += BatchSize)
            {
                var entries = new List<BlacklistEntry>(BatchSize);
                for (var n = start; n < Math.Min(count, start + BatchSize); n++)
                {
                    var platform = platforms[n % platforms.Count];
                    var severity = (n % 10) switch { < 3 => BlacklistSeverity.Warning, < 9 => BlacklistSeverity.TimedBan, _ => BlacklistSeverity.Permanent };
                    var draft = new BlacklistProposal(BenchmarkIdentity(n), [$"主播{n}"], [platform.Id], categories[n % categories.Count].Code, Facts[n % Facts.Length], [],
                        severity, today.AddDays(-(n % 300) - 1), severity == BlacklistSeverity.Permanent ? null : today.AddDays(30 + n % 700));
                    var assessment = BlacklistRules.Assess(draft, draft.IdentityNumber!, categories[n % categories.Count], registered, today);
                    var province = Actor.ProvincialAdministrator($"demo:{platform.ProvinceCode}.admin", platform.ProvinceCode);
                    // Spread over the year like the circulated ones: proposed, confirmed two days and published five days later.
                    var proposed = now.AddDays(-(n % (DemoScale.HistoryDays - 7)) - 7).AddMinutes(-(n % 600));
                    var entry = BlacklistEntry.Propose(assessment, protector.Protect(assessment.IdentityNumber), province, platform.Agency, proposed).Value;
                    entry.Category = null; // the categories are not tracked here; the foreign key is enough
                    if ((entry.Confirm(Reviewer(platform.ProvinceCode), "经核查，违规事实清楚", proposed.AddDays(2))
                         ?? entry.Publish(National, "同意全国通报", today, proposed.AddDays(5))) is { } failure)
                        throw new InvalidOperationException(failure.Message);
                    entries.Add(entry);
                }
                await using var transaction = await db.Database.BeginTransactionAsync(ct);
                await SaveAsync(entries, ct);
                await feed.AppendAsync(entries.Select(e => new BlacklistChange
                {
                    BlindIndex = e.IdentityBlindIndex, Kind = BlacklistChangeKind.Added, Severity = e.Severity, EndsOn = e.EndsOn, ChangedUtc = now,
                }).ToList(), ct);
                await transaction.CommitAsync(ct);
                db.ChangeTracker.Clear();
            }
        }
        finally
        {
            db.ChangeTracker.AutoDetectChangesEnabled = detectChanges;
        }
    }

    // PostgreSQL takes a batch by binary COPY; the embedded SQLite through the unit of work.
    private async Task SaveAsync(List<BlacklistEntry> entries, CancellationToken ct)
    {
        if (!db.Database.IsNpgsql())
        {
            db.BlacklistEntries.AddRange(entries);
            await db.SaveChangesAsync(ct);
            return;
        }
        var ids = await PostgresBulkCopy.NextIdsAsync<BlacklistEntry>(db, entries.Count, ct);
        for (var i = 0; i < entries.Count; i++) entries[i].Id = ids[i];
        await PostgresBulkCopy.CopyAsync(db, entries, ct);
    }
}
