using Bogus;
using Regulator.Domain.Seeding;

namespace Regulator.Domain.Reports;

/// <summary>
/// Realistic 12318 reports for the demo, the simulator and the benchmark: mostly about registered platforms (named by
/// code, name or both, as citizens do), some about platforms nobody registered, a share of repeat reports about the
/// same hot accounts so grouping has work, minors involved where the category makes it likely. Deterministic for a seed.
/// </summary>
public sealed class ReportGenerator
{
    private static readonly string[] UnregisteredPlatforms = ["野火直播", "夜猫秀场", "星河互娱", "小鹿视频", "闪聊Live", "蜜糖直播间"];
    private static readonly string[] Conduct =
    [
        "主播在直播中多次出现上述行为，弹幕中有明显未成年人用户。", "直播间长时间循环播放相关内容，举报后仍未处理。",
        "主播引导观众私下添加联系方式并索要打赏。", "回放视频中可见相关画面，已截图保存。", "多名观众在评论区反映，平台客服未回复。",
    ];

    private readonly Faker _faker;
    private readonly IReadOnlyList<(string Name, string Uscc)> _platforms;
    private readonly IReadOnlyList<ReportCategory> _categories = ReportTaxonomy.Seed;
    private readonly List<HotAccount> _hot = [];
    private readonly string _idPrefix;
    private long _sequence;

    private sealed record HotAccount(string? PlatformName, string? PlatformUscc, string AccountName, string AccountId, string RoomId, string Category);

    public ReportGenerator(int seed, IReadOnlyList<(string Name, string Uscc)> platforms, string idPrefix)
    {
        _faker = new Faker("zh_CN") { Random = new Randomizer(seed) };
        _platforms = platforms;
        _idPrefix = idPrefix;
    }

    public ReportDraft Next(DateTimeOffset receivedAt)
    {
        var id = $"{_idPrefix}{++_sequence:D10}";
        // About a quarter repeat a recent hot account in the same category: those group into cases.
        var account = _hot.Count > 20 && _faker.Random.Bool(0.25f) ? _faker.PickRandom(_hot) : NewAccount();
        var category = _categories.First(c => c.Code == account.Category);
        var minor = _faker.Random.Bool(category.BasePriority >= CasePriority.High ? 0.45f : 0.08f);
        return new ReportDraft(
            id, receivedAt, account.PlatformName, account.PlatformUscc, account.AccountName, account.AccountId, account.RoomId,
            $"https://live.example.cn/room/{account.RoomId}", category.Code,
            $"{category.NameZh}：{_faker.PickRandom(Conduct)}",
            Enumerable.Range(0, _faker.Random.Int(0, 3)).Select(_ => $"https://evidence.12318.example.cn/{_faker.Random.Guid():N}.jpg").ToList(),
            minor, Contact());
    }

    private HotAccount NewAccount()
    {
        string? name, code;
        if (_platforms.Count == 0 || _faker.Random.Bool(0.08f)) (name, code) = (_faker.PickRandom(UnregisteredPlatforms), null);
        else
        {
            var platform = _platforms[_faker.Random.Int(0, _platforms.Count - 1)];
            (name, code) = _faker.Random.Int(0, 9) switch { < 5 => (platform.Name, platform.Uscc), < 8 => (platform.Name, null), _ => (null, platform.Uscc) };
        }
        var account = new HotAccount(name, code, _faker.Name.FullName() + _faker.PickRandom("", "呀", "酱", "Live", "official"),
            _faker.Random.Long(10_000_000, 99_999_999).ToString(), _faker.Random.Long(100_000, 9_999_999).ToString(), PickCategory());
        if (_hot.Count < 500) _hot.Add(account);
        else _hot[_faker.Random.Int(0, _hot.Count - 1)] = account;
        return account;
    }

    /// <summary>
    /// Relative shares of the categories in the demo's report stream, shaped after published 12318 and CAC reporting
    /// statistics: sexual and vulgar content, luring minors and tipping or spending schemes dominate; cult content,
    /// proselytising and national security are rare. Unknown (newly added) categories get the weight of "other".
    /// </summary>
    public static readonly IReadOnlyDictionary<string, double> CategoryShares = new Dictionary<string, double>
    {
        ["harmful-cult"] = 0.4, ["harmful-sexual"] = 16, ["harmful-proselytizing"] = 0.6, ["harmful-dangerous-conduct"] = 3,
        ["harmful-negative-values"] = 4, ["minors-lure-vulgar"] = 9, ["private-contact-display"] = 6, ["elsagate"] = 1.5,
        ["child-celebrity-profiteering"] = 3, ["minors-indecent-poses"] = 2.5, ["tip-ranking-hype"] = 8, ["minors-induced-spending"] = 9,
        ["minors-adult-account-tipping"] = 5, ["minor-mode-missing"] = 2, ["wealth-flaunting"] = 4, ["sorrow-spotlighting"] = 3,
        ["distorted-aesthetics"] = 2, ["minors-cyberbullying"] = 3, ["news-unlicensed"] = 2, ["news-distorted"] = 2.5,
        ["obscene-material"] = 6, ["national-security"] = 0.5, ["social-order"] = 3, ["other"] = 4,
    };

    private double[]? _cumulativeShares;

    // Bogus's WeightedRandom needs weights that sum to one (otherwise it always returns the first item): cumulative shares instead.
    private string PickCategory()
    {
        _cumulativeShares ??= _categories.Select(c => CategoryShares.GetValueOrDefault(c.Code, CategoryShares["other"]))
            .Aggregate(new List<double>(), (sums, w) => { sums.Add((sums.Count == 0 ? 0 : sums[^1]) + w); return sums; }).ToArray();
        var roll = _faker.Random.Double() * _cumulativeShares[^1];
        var index = Array.FindIndex(_cumulativeShares, sum => roll < sum);
        return _categories[index < 0 ? _categories.Count - 1 : index].Code;
    }

    private string? Contact() => _faker.Random.Int(0, 9) switch
    {
        < 7 => "1" + _faker.PickRandom("3", "5", "7", "8", "9") + _faker.Random.ReplaceNumbers("#########"),
        < 9 => _faker.Internet.Email(),
        _ => null,
    };

    /// <summary>The registry's platforms as a citizen would name them.</summary>
    public static IReadOnlyList<(string Name, string Uscc)> PlatformsOf(IEnumerable<Platforms.Platform> platforms) =>
        platforms.Select(p => (p.Name, p.Uscc)).ToList();
}
