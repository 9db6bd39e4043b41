using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Regulator.Domain.Auditing;
using Regulator.Domain.Common;
using Regulator.Domain.Filings;
using Regulator.Domain.Identity;
using Regulator.Domain.Persistence;
using Regulator.Domain.Platforms;
using Regulator.Domain.Reports;
using Regulator.Domain.Scoping;
using Regulator.Domain.Seeding;

namespace Regulator.Domain.SpotChecks;

/// <summary>
/// Demo spot checks for Beijing (cyberspace office) and Guangdong (culture and tourism), made through the real steps at
/// past moments: an inspector directory with accounts, a declared conflict and an officer on leave; a platform plan drawn
/// eight weeks ago, checked, one rectification followed up, closed and by now published; a publisher plan drawn this
/// week with its tasks in progress (bj.inspector and gd.inspector have some); and a draft.
/// </summary>
public sealed class SpotCheckDemoData(
    RegulatorDbContext db, UserManager<RegulatorUser> users, ISpotCheckCreditGrades credit, WorkingCalendar calendar, IOptions<SpotCheckOptions> options,
    TimeProvider clock) : IDemoDataContributor
{
    private static readonly string[] Surnames = ["王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴"];
    private static readonly string[] GivenNames = ["建国", "丽华", "志强", "海燕", "卫东", "晓明", "静怡", "国栋"];

    public async Task SeedAsync(IReadOnlyList<Platform> platforms, DemoScale scale, CancellationToken ct)
    {
        var random = new Random(scale.RandomSeed + 14);
        await SeedProvinceAsync("11", "bj", Agency.Cyberspace, random, ct);
        await SeedProvinceAsync("44", "gd", Agency.CultureTourism, random, ct);
    }

    private async Task SeedProvinceAsync(string province, string prefix, Agency agency, Random random, CancellationToken ct)
    {
        var admin = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.UserName == prefix + ".admin", ct);
        var platformIds = await db.Platforms.AsNoTracking().Where(p => p.ProvinceCode == province).OrderBy(p => p.Id).Select(p => p.Id).ToListAsync(ct);
        if (admin is null || platformIds.Count == 0) return;
        var adminActor = new Actor(admin.Id, admin.DisplayName, ActorKind.ProvincialAdministrator, province);
        var now = clock.GetUtcNow();

        await SeedInspectorsAsync(province, prefix, agency, platformIds[0], random, now, ct);

        // Drawn eight weeks ago, closed three weeks later: published once the configured working days have passed.
        var drawnAt = now.AddDays(-56);
        var closed = await PlanAsync(adminActor, drawnAt, new SpotCheckPlanDraft(
            $"{ChinaTime.FromUtc(drawnAt.UtcDateTime).Year}年直播平台主体责任“双随机”抽查（第{(prefix == "bj" ? "三" : "二")}批）",
            prefix == "bj" ? agency : null, Day(drawnAt), Day(drawnAt.AddDays(30)), TargetKind.Platform, ContentKinds.None,
            await ItemsAsync(prefix == "bj" ? agency : null, TargetKind.Platform, 5, ct), Math.Min(3, platformIds.Count), null, RiskWeighting: true, 2, 0, 6, 10), ct);
        if (closed is not null) await CheckAllAsync(closed, drawnAt.AddDays(7), random, followUpAt: drawnAt.AddDays(21), ct);

        // Drawn this week: tasks open for the inspectors to work on.
        var recentAt = now.AddDays(-3);
        var open = await PlanAsync(adminActor, recentAt, new SpotCheckPlanDraft(
            "网络主播合规经营“双随机”抽查", agency, Day(recentAt), Day(recentAt.AddDays(45)), TargetKind.Publisher, ContentKinds.None,
            await ItemsAsync(agency, TargetKind.Publisher, 3, ct), 12, null, RiskWeighting: true, 2, 6, 6, 15), ct);
        if (open is not null) await CheckSomeAsync(open, recentAt.AddDays(1), random, ct);

        await PlanAsync(adminActor, now, new SpotCheckPlanDraft(
            "未成年人保护专项“双随机”抽查（拟定）", agency, Day(now.AddDays(14)), Day(now.AddDays(60)), TargetKind.Platform, ContentKinds.None,
            await ItemsAsync(agency, TargetKind.Platform, 4, ct), null, 500, RiskWeighting: true, 2, 6, 12, 20), ct, draw: false);
    }

    private async Task SeedInspectorsAsync(string province, string prefix, Agency agency, int conflictPlatform, Random random, DateTimeOffset now, CancellationToken ct)
    {
        var accounts = new List<RegulatorUser>();
        if (await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.UserName == prefix + ".inspector", ct) is { } existing) accounts.Add(existing);
        for (var i = 1; i <= 6; i++)
        {
            var user = new RegulatorUser
            {
                UserName = $"{prefix}.officer{i}", DisplayName = Surnames[random.Next(Surnames.Length)] + GivenNames[random.Next(GivenNames.Length)],
                Agency = agency, ProvinceCode = province, CreatedUtc = now.UtcDateTime,
            };
            var created = await users.CreateAsync(user, DemoUsers.Password);
            if (!created.Succeeded) throw new InvalidOperationException(string.Join("; ", created.Errors.Select(e => e.Description)));
            await users.AddToRoleAsync(user, RegulatorRoles.ProvincialInspector);
            accounts.Add(user);
        }
        var today = ChinaTime.Today(clock);
        var inspectors = accounts.Select((u, i) => new Inspector
        {
            ProvinceCode = province, Agency = agency, Name = u.DisplayName, UserId = u.Id,
            CertificateNumber = $"{province}{(agency == Agency.Cyberspace ? "WX" : "WL")}{20260000 + i + 1:D8}",
            CertificateExpiresOn = today.AddYears(2 + i % 3), IsAvailable = i != 6,
        }).ToList();
        // The first officer used to work for one of the province's platforms and declared it: never sent there.
        inspectors[1].Conflicts.Add(new InspectorConflict
        {
            ProvinceCode = province, PlatformId = conflictPlatform, Kind = ConflictKind.FormerEmployment, DeclaredOn = today.AddMonths(-6), Note = "2019–2022 年曾在该平台任内容审核主管",
        });
        db.Inspectors.AddRange(inspectors);
        await db.SaveChangesAsync(ct);
    }

    private async Task<SpotCheckPlan?> PlanAsync(Actor admin, DateTimeOffset at, SpotCheckPlanDraft draft, CancellationToken ct, bool draw = true)
    {
        var stopped = new DemoClock(at);
        var audit = new AuditLog(db, SystemActor.Instance, stopped);
        var made = await new SpotCheckPlanning(db, audit, stopped).CreateAsync(admin, draft, ct);
        // The demo's own draft breaking a rule is a bug in the demo, not something a person did.
        var plan = made.Failure is { } failure ? throw new InvalidOperationException("Demo spot-check plan refused: " + failure.Message) : made.Value;
        if (!draw) return plan;
        var drawn = await new SpotCheckDrawing(db, new TargetDirectory(db, credit), audit, calendar, stopped).DrawAsync(admin, plan.Id, ct);
        // A province without enough matching publishers yet (a small demo scale) keeps its plan undrawn.
        return drawn.Succeeded ? plan : null;
    }

    private async Task CheckAllAsync(SpotCheckPlan plan, DateTimeOffset at, Random random, DateTimeOffset followUpAt, CancellationToken ct)
    {
        var ordered = new List<(long Task, int Item, Actor Actor)>();
        foreach (var (task, actor) in await TasksAsync(plan, ct))
            foreach (var item in plan.CheckItemIds)
            {
                var problem = random.Next(6) == 0;
                var outcome = !problem ? CheckOutcome.NoProblem : random.Next(3) == 0 ? CheckOutcome.ViolationReferred : CheckOutcome.RectificationOrdered;
                await Tasks(at).RecordAsync(actor, task, item, outcome, problem ? "现场抽查发现制度执行记录不完整" : null,
                    outcome == CheckOutcome.RectificationOrdered ? Day(at.AddDays(10)) : null, ct);
                if (outcome == CheckOutcome.RectificationOrdered) ordered.Add((task, item, actor));
            }
        foreach (var (task, item, actor) in ordered)
            await Tasks(followUpAt).FollowUpAsync(actor, task, item, rectified: true, Day(followUpAt), "复查确认已整改到位", ct);
    }

    private async Task CheckSomeAsync(SpotCheckPlan plan, DateTimeOffset at, Random random, CancellationToken ct)
    {
        foreach (var (task, actor) in (await TasksAsync(plan, ct)).Where((_, i) => i % 3 == 0))
            await Tasks(at).RecordAsync(actor, task, plan.CheckItemIds[0], random.Next(4) == 0 ? CheckOutcome.RectificationOrdered : CheckOutcome.NoProblem,
                "已调取近 60 日直播记录核查", Day(at.AddDays(15)), ct);
    }

    /// <summary>The plan's open tasks, each with the first of its inspectors as the one who records.</summary>
    private async Task<List<(long, Actor)>> TasksAsync(SpotCheckPlan plan, CancellationToken ct) =>
        (await db.SpotCheckTasks.AsNoTracking().Include(t => t.Inspectors).Where(t => t.PlanId == plan.Id && t.Status == SpotCheckTaskStatus.Open)
            .OrderBy(t => t.DrawOrder).ToListAsync(ct))
        .Select(t => t.Inspectors.OrderBy(i => i.Position).First())
        .Select(i => (i.TaskId, new Actor(i.UserId, i.Name, ActorKind.ProvincialInspector, plan.ProvinceCode))).ToList();

    private SpotCheckTasks Tasks(DateTimeOffset at) =>
        new(db, new AuditLog(db, SystemActor.Instance, new DemoClock(at)), calendar, options, new DemoClock(at));

    private async Task<List<int>> ItemsAsync(Agency? agency, TargetKind kind, int count, CancellationToken ct) =>
        (await db.CheckItems.AsNoTracking().Where(i => i.AppliesTo == kind && (agency == null || i.Agency == agency)).OrderBy(i => i.Id).Select(i => i.Id).ToListAsync(ct))
        .Take(count).ToList();

    private static DateOnly Day(DateTimeOffset at) => DateOnly.FromDateTime(ChinaTime.FromUtc(at.UtcDateTime).DateTime);
}
