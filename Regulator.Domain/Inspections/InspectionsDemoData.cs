using Microsoft.EntityFrameworkCore;
using Regulator.Domain.Common;
using Regulator.Domain.Persistence;
using Regulator.Domain.Platforms;
using Regulator.Domain.Seeding;

namespace Regulator.Domain.Inspections;

/// <summary>
/// A year of inspections for the demo. Today's is run for real over the seeded data (every rule, every platform);
/// the weekly ones before it are derived from it, since running every rule fifty times would make each test portal's
/// start slow: a platform's standing finding was there most weeks, with fewer records concerned the further back
/// (the filings grew over the year), and now and then a lapse that was corrected the week after.
/// </summary>
public sealed class InspectionsDemoData(RegulatorDbContext db, InspectionRunner runner, IEnumerable<IInspectionRule> rules, TimeProvider clock) : IDemoDataContributor
{
    /// <summary>After filings, reports and the blacklist, whose records the rules inspect.</summary>
    public int SeedOrder => 100;

    public async Task SeedAsync(IReadOnlyList<Platform> platforms, DemoScale scale, CancellationToken ct)
    {
        if (platforms.Count == 0) return;
        var today = ChinaTime.Today(clock);
        var current = await runner.RunAsync($"demo:{today:yyyy-MM-dd}", ct: ct);
        var standing = await db.Findings.IgnoreQueryFilters().AsNoTracking().Where(f => f.InspectionId == current.Id).ToListAsync(ct);
        var ruleList = rules.OrderBy(r => r.Code).ToList();
        var random = new Random(scale.RandomSeed + 7);
        var weeks = DemoScale.HistoryDays / 7;
        var history = new List<(Inspection Inspection, List<Finding> Findings)>();
        for (var week = weeks; week >= 1; week--)
        {
            var day = today.AddDays(-7 * week);
            var started = ChinaTime.StartOfDayUtc(day).AddHours(2);
            var findings = new List<Finding>();
            var growth = 1.0 - 0.6 * week / weeks;
            foreach (var finding in standing.Where(_ => random.NextDouble() < 0.8))
                findings.Add(Copy(finding, Math.Max(1, (int)Math.Round(finding.SubjectCount * growth * (0.6 + 0.7 * random.NextDouble())))));
            foreach (var platform in platforms.Where(_ => random.NextDouble() < 0.12))
            {
                var rule = ruleList[random.Next(ruleList.Count)];
                if (findings.Any(f => f.PlatformId == platform.Id && f.RuleCode == rule.Code)) continue;
                findings.Add(new Finding
                {
                    PlatformId = platform.Id, ProvinceCode = platform.ProvinceCode, RuleCode = rule.Code, Category = rule.Category,
                    Severity = rule.Severity, Article = rule.Article, SubjectCount = random.Next(1, 6),
                });
            }
            history.Add((new Inspection
            {
                RunKey = $"demo:{day:yyyy-MM-dd}", InspectedOn = day, StartedUtc = started, CompletedUtc = started.AddMinutes(3),
                PlatformCount = platforms.Count, FindingCount = findings.Count,
            }, findings));
        }

        // Two writes in one transaction for the whole year: a commit per week was most of a small demo's seeding time.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        db.Inspections.AddRange(history.Select(h => h.Inspection));
        await db.SaveChangesAsync(ct);
        foreach (var (inspection, findings) in history)
        {
            foreach (var f in findings) f.InspectionId = inspection.Id;
            db.Findings.AddRange(findings);
            db.PlatformInspections.AddRange(platforms.Select(p => new PlatformInspection
            {
                InspectionId = inspection.Id, PlatformId = p.Id, ProvinceCode = p.ProvinceCode, CompletedUtc = inspection.CompletedUtc!.Value,
                FindingCount = findings.Count(f => f.PlatformId == p.Id),
            }));
        }
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        db.ChangeTracker.Clear();
    }

    private static Finding Copy(Finding standing, int subjects) => new()
    {
        PlatformId = standing.PlatformId, ProvinceCode = standing.ProvinceCode, RuleCode = standing.RuleCode, Category = standing.Category,
        Severity = standing.Severity, Article = standing.Article, SubjectCount = subjects,
    };
}
