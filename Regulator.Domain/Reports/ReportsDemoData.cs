using Microsoft.Extensions.Logging.Abstractions;
using Regulator.Domain.Identity;
using Regulator.Domain.Persistence;
using Regulator.Domain.Platforms;
using Regulator.Domain.Protection;
using Regulator.Domain.Seeding;
using Microsoft.EntityFrameworkCore;

namespace Regulator.Domain.Reports;

/// <summary>
/// Demo reports over the last four weeks, stored through the real intake (so routing and grouping are the real rules),
/// then a share of the demo provinces' cases assigned to their inspectors and some of those closed.
/// </summary>
public sealed class ReportsDemoData(RegulatorDbContext db, WorkingCalendar calendar, IdentityProtector protector, TimeProvider clock) : IDemoDataContributor
{
    public async Task SeedAsync(IReadOnlyList<Platform> platforms, DemoScale scale, CancellationToken ct)
    {
        var intake = new ReportIntake(db, calendar, protector, clock, NullLogger<ReportIntake>.Instance);
        var generator = new ReportGenerator(scale.RandomSeed, ReportGenerator.PlatformsOf(platforms), "DEMO-");
        var random = new Random(scale.RandomSeed);
        var now = clock.GetUtcNow();
        var count = Math.Max(200, scale.Publishers / 5);
        var drafts = Enumerable.Range(0, count)
            .Select(_ => now.AddMinutes(-random.Next(0, 28 * 24 * 60)))
            .Order()
            .Select(generator.Next)
            .ToList();
        foreach (var batch in drafts.Chunk(ReportIntake.MaxBatchSize))
            await intake.ReceiveAsync(batch.Select((d, i) => IntakeItem.Read(i, d)).ToList(), ReportChannel.Push, ct);

        var inspectors = await db.Users.Where(u => u.UserName!.EndsWith(".inspector")).ToListAsync(ct);
        foreach (var inspector in inspectors)
        {
            var cases = await db.ReportCases.Include(c => c.Category)
                .Where(c => c.ProvinceCode == inspector.ProvinceCode && c.Status == CaseStatus.Open)
                .OrderBy(c => c.FirstReceivedUtc).Take(30).ToListAsync(ct);
            foreach (var (c, i) in cases.Select((c, i) => (c, i)))
            {
                var when = c.FirstReceivedUtc.AddHours(6);
                c.AssignTo(inspector.Id, inspector.DisplayName, inspector.ProvinceCode, "demo", when);
                if (i % 3 == 0)
                    c.Close(i % 2 == 0 ? CaseOutcome.Substantiated : CaseOutcome.Unsubstantiated, i % 2 == 0 ? PunitiveMeasures.Warning : PunitiveMeasures.None,
                        null, i % 2 == 0 ? "经核查，举报属实，已责令平台对账号予以警示。" : "经核查，未发现举报所述问题。", "demo", when.AddDays(2));
            }
        }
        await db.SaveChangesAsync(ct);
    }
}
