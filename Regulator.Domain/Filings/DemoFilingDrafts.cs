using Bogus;
using Regulator.Domain.Provinces;
using Regulator.Domain.Seeding;

namespace Regulator.Domain.Filings;

/// <summary>
/// Realistic filings as platforms send them, for demo data and the ingest benchmark: publishers aged 14–60 (some
/// under 16, some 16–17 with or without a complete guardian consent), organisations, some news content, and
/// identities filed again under another publisher id. Deterministic for a given <see cref="Faker"/> seed.
/// </summary>
public sealed class DemoFilingDrafts(Faker faker)
{
    private static readonly string[] NickStems = ["小", "阿", "大", "老", "甜", "酷", "萌", "野", "暖", "皮"];
    private static readonly string[] NickTails = ["鱼", "哥", "妹", "熊", "猫", "歌手", "厨娘", "说车", "讲史", "户外", "游戏", "舞者"];

    // A small rolling pool of identities to file again: linked publishers without holding millions in memory.
    private readonly Queue<(string Name, string Id)> _pool = new();

    public List<FilingDraft> Take(int first, int count, DateOnly today) => Enumerable.Range(first, count).Select(n => Next(n, today)).ToList();

    /// <summary>The draft of publisher number <paramref name="n"/> (its platform publisher id is derived from it), filed on <paramref name="today"/>.</summary>
    public FilingDraft Next(int n, DateOnly today)
    {
        var province = ProvinceCatalog.All[faker.Random.Int(0, ProvinceCatalog.All.Count - 2)].Code; // 66 is no ID area code
        var kinds = faker.Random.Bool(0.15f) ? ContentKinds.NewsInformation : ContentKinds.None;
        kinds |= faker.PickRandom(ContentKinds.Performance, ContentKinds.AudioVisual, ContentKinds.Other);
        var displayNames = Enumerable.Range(0, faker.Random.Int(1, 2)).Select(_ => faker.PickRandom(NickStems) + faker.PickRandom(NickTails) + faker.Random.Int(1, 999)).ToList();
        var publisherId = $"u{n:D9}";

        if (faker.Random.Bool(0.08f))
            return new FilingDraft(publisherId, PublisherType.Organization, TradeName(faker.Company.CompanyName()) + "文化传媒有限公司",
                DemoIdentities.UnifiedSocialCreditCode(faker.Random, province), displayNames, kinds, null);

        if (_pool.Count > 200 && faker.Random.Bool(0.04f))
        {
            var (name, id) = _pool.Dequeue();
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
            _pool.Enqueue((realName, identity));
            if (_pool.Count > 1000) _pool.Dequeue();
        }
        return new FilingDraft(publisherId, PublisherType.Individual, realName, identity, displayNames, kinds, guardian);
    }

    // Bogus's Chinese company names keep English formats ("邱, 孙 and 姚", "邱 Group"); the surnames in them make a
    // trade name ("邱孙姚"), taken without another random draw so the rest of the demo data stays as it was.
    private static string TradeName(string bogus) => string.Concat(bogus.Where(c => c is >= '\u4e00' and <= '\u9fff'));
}
