using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Regulator.Domain.Common;
using Regulator.Domain.Persistence;
using Regulator.Domain.Platforms;
using Regulator.Domain.Protection;
using Regulator.Domain.Reports;
using Regulator.Domain.Scoping;
using Regulator.Domain.Seeding;
using Regulator.Tests.Infrastructure;

namespace Regulator.Tests.Reports;

/// <summary>A migrated database of the given provider with the taxonomy and two registered platforms (Beijing, Guangdong).</summary>
public sealed class ReportsDatabase : IDisposable
{
    private readonly TestDatabase _database;
    public static readonly DateTimeOffset Now = new(2026, 11, 23, 10, 0, 0, TimeSpan.FromHours(8));
    public Platform Beijing { get; }
    public Platform Guangdong { get; }
    public WorkingCalendar Calendar { get; } = new(new WorkingCalendarOptions());
    public FixedClock Clock { get; } = new(Now);
    public IdentityProtector Protector { get; } = new(new IdentityProtectionOptions
    {
        EncryptionKey = Convert.ToBase64String(Enumerable.Repeat((byte)1, 32).ToArray()),
        BlindIndexKey = Convert.ToBase64String(Enumerable.Repeat((byte)2, 32).ToArray()),
    });

    public ReportsDatabase(DatabaseProvider provider)
    {
        _database = TestDatabase.Create(provider);
        _database.MigrateAsync().GetAwaiter().GetResult();
        using var db = Context(SystemActor.Instance);
        var random = new Bogus.Randomizer(7);
        Beijing = new Platform { Name = "星光直播", Uscc = DemoIdentities.UnifiedSocialCreditCode(random, "11"), ProvinceCode = "11", Agency = Agency.Cyberspace };
        Guangdong = new Platform { Name = "云海视频", Uscc = DemoIdentities.UnifiedSocialCreditCode(random, "44"), ProvinceCode = "44", Agency = Agency.CultureTourism };
        db.Platforms.AddRange(Beijing, Guangdong);
        db.SaveChanges();
    }

    public RegulatorDbContext Context(ICurrentActor actor) => _database.CreateContext(actor);

    /// <summary>For a portal service collection (bUnit) that opens its own contexts on this database.</summary>
    public string ConnectionString => _database.ConnectionString;

    public Task<IntakeResult> ReceiveAsync(params ReportDraft[] drafts) =>
        ReceiveAsync(drafts.Select((d, i) => IntakeItem.Read(i, d)).ToList(), ReportChannel.Push);

    /// <summary>Items as read from a file or a batch, through the real intake.</summary>
    public async Task<IntakeResult> ReceiveAsync(IReadOnlyList<IntakeItem> items, ReportChannel channel)
    {
        await using var db = Context(SystemActor.Instance);
        var intake = new ReportIntake(db, Calendar, Protector, Clock, NullLogger<ReportIntake>.Instance);
        return await intake.ReceiveAsync(items, channel);
    }

    /// <summary>A well-formed report about an account on the Beijing platform, received <paramref name="hoursAgo"/> before <see cref="Now"/>.</summary>
    public ReportDraft Draft(string id, double hoursAgo = 1, string category = "harmful-sexual", string accountId = "10001", string? platformName = "星光直播",
        string? platformUscc = null, bool minor = false) =>
        new(id, Now.AddHours(-hoursAgo), platformName, platformUscc, "主播甲", accountId, "8888", null, category, "直播中出现低俗内容", ["https://evidence.example.cn/1.jpg"],
            minor, "13812345678");

    public void Dispose() => _database.Dispose();
}

public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;
    public override DateTimeOffset GetUtcNow() => Now.ToUniversalTime();
}
