using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Regulator.Domain.Common;
using Regulator.Domain.Persistence;
using Regulator.Domain.Platforms;
using Regulator.Domain.Protection;
using Regulator.Domain.Provinces;
using Regulator.Domain.Seeding;

namespace Regulator.Domain.Reports;

/// <summary>
/// Demo reports over the last twelve months, stored through the real intake (so routing and grouping are the real
/// rules), arriving with the seasons and the week: more in the school holidays (July–August, the winter holiday
/// around the Spring Festival), more at weekends and in the evening, slowly growing over the year. Cases are then
/// handled as offices do: most older cases assigned and closed within their deadline, some late, a few still open
/// past it; recent ones partly in progress. The demo inspectors hold a share of their province's open cases.
/// </summary>
public sealed class ReportsDemoData(RegulatorDbContext db, WorkingCalendar calendar, IdentityProtector protector, TimeProvider clock) : IDemoDataContributor
{
    private const int HandlingBatch = 2000;

    public async Task SeedAsync(IReadOnlyList<Platform> platforms, DemoScale scale, CancellationToken ct)
    {
        var intake = new ReportIntake(db, calendar, protector, clock, NullLogger<ReportIntake>.Instance);
        var generator = new ReportGenerator(scale.RandomSeed, ReportGenerator.PlatformsOf(platforms), "DEMO-");
        var random = new Random(scale.RandomSeed);
        var now = clock.GetUtcNow();
        // Counted back from the start of today, so two seedings on the same day draw the very same reports (the same seed, the same data).
        var midnight = new DateTimeOffset(ChinaTime.StartOfDayUtc(ChinaTime.Today(clock)), TimeSpan.Zero);
        var count = Math.Max(200, scale.Publishers / 5);
        var drafts = Enumerable.Range(0, count)
            .Select(_ => ArrivalTime(random, midnight))
            .Order()
            .Select(generator.Next)
            .ToList();
        foreach (var batch in drafts.Chunk(ReportIntake.MaxBatchSize))
            await intake.ReceiveAsync(batch.Select((d, i) => IntakeItem.Read(i, d)).ToList(), ReportChannel.Push, ct);
        await HandleAsync(random, now.UtcDateTime, ct);
    }

    /// <summary>A receipt time in the year before <paramref name="end"/>, drawn by rejection against the seasonal, weekly and daily shape.</summary>
    public static DateTimeOffset ArrivalTime(Random random, DateTimeOffset end)
    {
        while (true)
        {
            var at = end.AddMinutes(-random.NextDouble() * DemoScale.HistoryDays * 24 * 60);
            var local = at.ToOffset(ChinaTime.Offset);
            var season = local.Month switch { 7 or 8 => 1.45, 1 or 2 => 1.3, 6 or 12 => 1.1, _ => 1.0 };
            var week = local.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday ? 1.35 : local.DayOfWeek == DayOfWeek.Friday ? 1.15 : 1.0;
            var hour = local.Hour switch { >= 19 and <= 23 => 1.6, >= 1 and <= 6 => 0.35, _ => 1.0 };
            var growth = 0.8 + 0.2 * (1 - (end - at).TotalDays / DemoScale.HistoryDays);
            if (random.NextDouble() * 1.45 * 1.35 * 1.6 < season * week * hour * growth) return at;
        }
    }

    /// <summary>
    /// Works through the cases in batches (memory stays flat at millions): the demo inspectors take some of their
    /// province's, the province's case team ("广东省办案组", a stand-in with no sign-in of its own) the rest; cases past
    /// their deadline are mostly closed (some late), recent ones partly assigned.
    /// </summary>
    private async Task HandleAsync(Random random, DateTime now, CancellationToken ct)
    {
        var inspectors = (await db.Users.IgnoreQueryFilters().Where(u => u.UserName!.EndsWith(".inspector")).ToListAsync(ct))
            .Where(u => u.ProvinceCode is not null).ToDictionary(u => u.ProvinceCode!);
        var given = inspectors.Keys.ToDictionary(k => k, _ => 0);
        long after = 0;
        while (true)
        {
            var cases = await db.ReportCases.IgnoreQueryFilters().Include(c => c.Category)
                .Where(c => c.Id > after && c.Status == CaseStatus.Open).OrderBy(c => c.Id).Take(HandlingBatch).ToListAsync(ct);
            if (cases.Count == 0) break;
            after = cases[^1].Id;
            foreach (var c in cases)
            {
                var roll = random.NextDouble();
                var pastDue = c.DueUtc <= now;
                // A demo inspector's own inbox: 30 cases each, half of them still open so "my cases" has deadlines to show.
                if (inspectors.TryGetValue(c.ProvinceCode, out var inspector) && given[c.ProvinceCode] < 30 && roll < 0.3)
                {
                    given[c.ProvinceCode]++;
                    var taken = c.FirstReceivedUtc.AddHours(6);
                    c.AssignTo(inspector.Id, inspector.DisplayName, inspector.ProvinceCode, "demo", taken);
                    var done = c.DueUtc.AddDays(-1 - random.Next(0, 3));
                    if (pastDue && given[c.ProvinceCode] % 2 == 0) Close(c, random, done > taken ? done : taken.AddHours(2), now);
                    continue;
                }
                if (!pastDue && roll > 0.45) continue; // new and not yet picked up
                var assigned = c.FirstReceivedUtc.AddHours(4 + random.Next(0, 44));
                c.AssignTo($"demo:{c.ProvinceCode}.officer", $"{ProvinceCatalog.Find(c.ProvinceCode)?.NameZh}办案组", c.ProvinceCode, "demo", assigned);
                if (!pastDue && roll > 0.2) continue; // in progress
                if (pastDue && roll > 0.95) continue; // still open past the deadline: overdue work
                var late = pastDue && roll > 0.87;
                var closed = late
                    ? c.DueUtc.AddDays(1 + random.Next(0, 10))
                    : c.FirstReceivedUtc + (c.DueUtc - c.FirstReceivedUtc) * (0.2 + 0.75 * random.NextDouble());
                Close(c, random, closed > assigned ? closed : assigned.AddHours(2), now);
            }
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
        }
    }

    private static void Close(ReportCase c, Random random, DateTime closedUtc, DateTime now)
    {
        if (closedUtc > now) closedUtc = now.AddMinutes(-random.Next(1, 600));
        var roll = random.NextDouble();
        var (outcome, measures, transferredTo, note) = roll switch
        {
            < 0.5 => (CaseOutcome.Substantiated, PunitiveMeasures.Warning, null, "经核查，举报属实，已责令平台对账号予以警示。"),
            < 0.6 => (CaseOutcome.Substantiated, PunitiveMeasures.Warning, null, "经核查，举报属实，平台已下架相关内容并对主播警示。"),
            < 0.92 => (CaseOutcome.Unsubstantiated, PunitiveMeasures.None, null, "经核查，未发现举报所述问题。"),
            _ => (CaseOutcome.Transferred, PunitiveMeasures.None, "属地公安机关", "涉嫌违法犯罪，已移交属地公安机关处理。"),
        };
        c.Close(outcome, measures, transferredTo, note, "demo", closedUtc);
    }
}
