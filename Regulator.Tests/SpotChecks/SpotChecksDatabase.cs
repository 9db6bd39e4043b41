using Microsoft.Extensions.Options;
using Regulator.Domain.Auditing;
using Regulator.Domain.Common;
using Regulator.Domain.Filings;
using Regulator.Domain.Persistence;
using Regulator.Domain.Platforms;
using Regulator.Domain.Reports;
using Regulator.Domain.Scoping;
using Regulator.Domain.Seeding;
using Regulator.Domain.SpotChecks;
using Regulator.Tests.Infrastructure;
using Regulator.Tests.Persistence;
using Regulator.Tests.Reports;
using Regulator.Domain.Identity;

namespace Regulator.Tests.SpotChecks;

/// <summary>
/// A migrated database with six cyberspace platforms in Beijing and two in Guangdong, forty accepted publisher filings
/// in Beijing (every fourth an organisation), five Beijing inspectors (accounts u1–u5) and two in Guangdong (g1, g2),
/// and the services wired as the portal wires them, each for a given actor.
/// </summary>
public sealed class SpotChecksDatabase : IDisposable
{
    public static readonly DateTimeOffset Now = new(2026, 11, 23, 10, 0, 0, TimeSpan.FromHours(8));
    private readonly TestDatabase _database;

    public FixedClock Clock { get; } = new(Now);
    public WorkingCalendar Calendar { get; } = new(new WorkingCalendarOptions());
    public IOptions<SpotCheckOptions> Options { get; } = Microsoft.Extensions.Options.Options.Create(new SpotCheckOptions { PublishAfterWorkingDays = 5, EvidenceMaxBytes = 4096 });
    public List<Platform> Beijing { get; } = [];
    public List<Platform> Guangdong { get; } = [];
    public List<Inspector> BeijingInspectors { get; } = [];

    public static readonly Actor BeijingAdmin = new("admin-11", "北京管理员", ActorKind.ProvincialAdministrator, "11");
    public static readonly Actor GuangdongAdmin = new("admin-44", "广东管理员", ActorKind.ProvincialAdministrator, "44");

    public SpotChecksDatabase(DatabaseProvider provider)
    {
        _database = TestDatabase.Create(provider);
        _database.MigrateAsync().GetAwaiter().GetResult();
        var random = new Bogus.Randomizer(11);
        for (var i = 0; i < 8; i++)
        {
            var province = i < 6 ? "11" : "44";
            var platform = new Platform { Name = $"测试平台{i + 1}", Uscc = DemoIdentities.UnifiedSocialCreditCode(random, province), ProvinceCode = province, Agency = Agency.Cyberspace };
            (i < 6 ? Beijing : Guangdong).Add(platform);
        }
        using var system = _database.CreateContext(SystemActor.Instance);
        system.Platforms.AddRange(Beijing.Concat(Guangdong));
        system.SaveChanges();
        var submission = new FilingSubmission { PlatformId = Beijing[0].Id, ProvinceCode = "11", SubmittedBy = "test", ReceivedUtc = Now.UtcDateTime };
        system.FilingSubmissions.Add(submission);
        system.SaveChanges();
        for (var i = 0; i < 40; i++)
        {
            var organisation = i % 4 == 0;
            system.Filings.Add(new Filing
            {
                PlatformId = Beijing[i % 6].Id, ProvinceCode = "11", Agency = Agency.Cyberspace, PlatformPublisherId = $"pub{i}",
                PublisherType = organisation ? PublisherType.Organization : PublisherType.Individual,
                RealName = organisation ? $"北京星河文化传媒有限公司{i}" : $"张三丰{i}",
                IdentityCiphertext = [1], IdentityBlindIndex = [(byte)i], IdentityMasked = "110105********1234",
                ContentKinds = i % 2 == 0 ? ContentKinds.Performance : ContentKinds.NewsInformation, Status = FilingStatus.Accepted,
                ContentFingerprint = [1], SubmissionId = submission.Id, FiledOn = DateOnly.FromDateTime(Now.Date), CreatedUtc = Now.UtcDateTime, UpdatedUtc = Now.UtcDateTime,
            });
        }
        for (var i = 1; i <= 5; i++)
            BeijingInspectors.Add(new Inspector { ProvinceCode = "11", Agency = Agency.Cyberspace, Name = $"检查员{i}", UserId = $"u{i}", CertificateNumber = $"11WX{i:D6}", CertificateExpiresOn = new DateOnly(2028, 1, 1) });
        system.Inspectors.AddRange(BeijingInspectors);
        system.Inspectors.AddRange(
            new Inspector { ProvinceCode = "44", Agency = Agency.Cyberspace, Name = "广东检查员1", UserId = "g1", CertificateNumber = "44WX000001", CertificateExpiresOn = new DateOnly(2028, 1, 1) },
            new Inspector { ProvinceCode = "44", Agency = Agency.Cyberspace, Name = "广东检查员2", UserId = "g2", CertificateNumber = "44WX000002", CertificateExpiresOn = new DateOnly(2028, 1, 1) });
        system.SaveChanges();
    }

    public static Actor Inspector(string userId, string province = "11") => new(userId, "检查员 " + userId, ActorKind.ProvincialInspector, province);

    public RegulatorDbContext Context(string? province) => _database.CreateContext(province is null ? SystemActor.Instance : new ScopedActor(province));

    public AuditLog Audit(RegulatorDbContext db) => new(db, SystemActor.Instance, Clock);

    public SpotCheckPlanning Planning(RegulatorDbContext db) => new(db, Audit(db), Clock);

    public SpotCheckDrawing Drawing(RegulatorDbContext db) => new(db, new TargetDirectory(db, new NoCreditGrades()), Audit(db), Calendar, Clock);

    public SpotCheckTasks Tasks(RegulatorDbContext db) => new(db, Audit(db), Calendar, Options, Clock);

    public PublicSpotChecks Public(RegulatorDbContext db) => new(db, Clock);

    /// <summary>A Beijing cyberspace plan over platforms (or publishers), two cyberspace items, drawn by the Beijing administrator.</summary>
    public async Task<(SpotCheckPlan Plan, StepResult<SpotCheckDraw> Draw)> PlanAndDrawAsync(TargetKind kind = TargetKind.Platform, int sample = 3, int perTask = 2, bool risk = false)
    {
        await using var db = Context("11");
        var items = kind == TargetKind.Platform ? new[] { 3, 10 } : new[] { 12, 13 };
        var made = await Planning(db).CreateAsync(BeijingAdmin, new SpotCheckPlanDraft("2026 年第四批抽查", Agency.Cyberspace, new DateOnly(2026, 11, 24), new DateOnly(2026, 12, 31),
            kind, ContentKinds.None, items, sample, null, risk, perTask, 0, 0, 10));
        Assert.Null(made.Failure);
        return (made.Value, await Drawing(db).DrawAsync(BeijingAdmin, made.Value.Id));
    }

    public void Dispose() => _database.Dispose();
}
