using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Regulator.Domain.Auditing;
using Regulator.Domain.Credit;
using Regulator.Domain.Persistence;
using Regulator.Domain.Reports;
using Regulator.Domain.Scoping;
using Regulator.Tests.Infrastructure;
using Regulator.Tests.Persistence;
using Regulator.Domain.Identity;

namespace Regulator.Tests.Credit;

/// <summary>
/// The credit feature's services over a context of the portal's database as a given actor sees it (scoping filters and
/// all), on a clock the test may move: how a page or a job would call them, without a request.
/// </summary>
public sealed class CreditArrange : IAsyncDisposable
{
    public static readonly ScopedActor National = new(null, IsNational: true);
    public static readonly ScopedActor Beijing = new("11");
    public static readonly ScopedActor Guangdong = new("44");

    public static readonly Actor BeijingProposer = Actor.ProvincialAdministrator("bj.admin", "11", "test-bj-1");
    public static readonly Actor BeijingDecider = Actor.ProvincialAdministrator("bj.admin2", "11", "test-bj-2");
    public static readonly Actor GuangdongAdmin = Actor.ProvincialAdministrator("gd.admin", "44", "test-gd-1");
    public static readonly Actor NationalAdmin = Actor.NationalAdministrator("national.admin", "test-n-1");

    public CreditArrange(PortalFactory portal, ICurrentActor actor, TimeProvider? clock = null)
    {
        Clock = clock ?? TimeProvider.System;
        Db = portal.CreateDbContext(actor);
        Audit = new AuditLog(Db, actor, Clock);
        Grading = new CreditGrading(Db, Clock);
        Subjects = new CreditSubjects(Db, Clock);
        Recorder = new CreditFactRecorder(Db, Subjects, Grading, Clock);
        Collector = new CreditFactCollector(Db, Subjects, Recorder, new Domain.SpotChecks.SpotCheckFacts(Db), Clock);
        Models = new CreditModels(Db, Grading, Audit, Clock);
        Explanations = new CreditExplanations(Db, Audit);
        Penalties = new AdministrativePenalties(Db, Recorder, Audit, Clock);
        Settings = new ProcedureSettings(Db, Audit, Options.Create(new CreditProcedureOptions()), Clock);
        Procedure = new UntrustworthyProcedure(Db, Grading, Audit, new WorkingCalendar(new WorkingCalendarOptions()), Settings, Clock);
        Daily = new CreditDailyWork(Db, Procedure, Collector, Grading, Clock);
    }

    public TimeProvider Clock { get; }
    public RegulatorDbContext Db { get; }
    public AuditLog Audit { get; }
    public CreditGrading Grading { get; }
    public CreditSubjects Subjects { get; }
    public CreditFactRecorder Recorder { get; }
    public CreditFactCollector Collector { get; }
    public CreditModels Models { get; }
    public CreditExplanations Explanations { get; }
    public AdministrativePenalties Penalties { get; }
    public ProcedureSettings Settings { get; }
    public UntrustworthyProcedure Procedure { get; }
    public CreditDailyWork Daily { get; }

    /// <summary>A publisher subject of a province with no facts yet, from a filing nobody else in the run uses.</summary>
    public static async Task<CreditSubject> FreshPublisherAsync(PortalFactory portal, string province = "11") =>
        (await FreshPublisherWithIdentityAsync(portal, province)).Subject;

    /// <summary>As <see cref="FreshPublisherAsync"/>, with the identity number in clear, for tests that check it never shows.</summary>
    public static async Task<(CreditSubject Subject, string Identity)> FreshPublisherWithIdentityAsync(PortalFactory portal, string province = "11")
    {
        await using var db = portal.CreateDbContext();
        var platform = await db.Platforms.Where(p => p.ProvinceCode == province).OrderBy(p => p.Id).FirstAsync();
        var publisherId = $"credit-{Guid.NewGuid():N}"[..20];
        var identity = Blacklist.BlacklistArrange.NewIdentity(province);
        await Blacklist.BlacklistArrange.FileAsync(portal, platform.Id, (publisherId, identity));
        var filing = await db.Filings.SingleAsync(f => f.PlatformId == platform.Id && f.PlatformPublisherId == publisherId);
        await using var arrange = new CreditArrange(portal, National);
        return (await arrange.Subjects.PublisherAsync(filing.IdentityBlindIndex, ("", "", province, filing.Agency)), identity);
    }

    public ValueTask DisposeAsync() => Db.DisposeAsync();
}
