using Microsoft.EntityFrameworkCore;
using Regulator.Domain.Common;
using Regulator.Domain.Filings;
using Regulator.Domain.Persistence;
using Regulator.Domain.SpotChecks.Draws;

namespace Regulator.Domain.SpotChecks;

/// <summary>
/// The target directory (检查对象名录库) and the inspector directory as a plan's draw sees them: who may be drawn, with
/// what weight, and whom each inspector must not be sent to. Read set-based (one query per source, grouped in the
/// database) because a province's population runs to hundreds of thousands of publishers.
/// </summary>
public sealed class TargetDirectory(RegulatorDbContext db, ISpotCheckCreditGrades credit)
{
    /// <summary>Reports, findings and earlier problems are counted over this period before the plan's first day.</summary>
    public const int RiskWindowDays = 365;

    /// <summary>The snapshot a plan's draw runs on, as of now, weighted by <see cref="RiskWeight"/>. Rows are read unordered (sorting a
    /// million rows in the database cost more than in memory); the snapshot puts them in id order.</summary>
    public async Task<DrawSnapshot> SnapshotAsync(SpotCheckPlan plan, CancellationToken ct = default)
    {
        var members = await PopulationAsync(plan, ct);
        var inspectors = await InspectorPoolAsync(plan, ct);
        var inspectorIds = inspectors.Select(i => i.Id).ToList();
        var conflicts = await db.InspectorConflicts.AsNoTracking().Where(c => inspectorIds.Contains(c.InspectorId))
            .Select(c => new { c.InspectorId, c.PlatformId }).ToListAsync(ct);
        var recent = await RecentlyCheckedByAsync(plan, inspectorIds, ct);
        return new DrawSnapshot(plan.TargetKind, Math.Max(1, plan.SampleFor(members.Length)), plan.InspectorsPerTask, members, inspectorIds,
            conflicts.Select(c => (c.InspectorId, c.PlatformId)), recent);
    }

    /// <summary>The inspectors a plan may draw: its province, its agency (either, for joint plans), available, certificate valid on the first day.</summary>
    public async Task<List<Inspector>> InspectorPoolAsync(SpotCheckPlan plan, CancellationToken ct = default)
    {
        var query = db.Inspectors.AsNoTracking().Where(i => i.ProvinceCode == plan.ProvinceCode && i.IsAvailable && i.CertificateExpiresOn >= plan.PeriodStart);
        if (plan.Agency is { } agency) query = query.Where(i => i.Agency == agency);
        return await query.OrderBy(i => i.Id).ToListAsync(ct);
    }

    private async Task<PopulationMember[]> PopulationAsync(SpotCheckPlan plan, CancellationToken ct)
    {
        var skipSince = plan.SkipTargetsCheckedWithinMonths > 0 ? plan.PeriodStart.AddMonths(-plan.SkipTargetsCheckedWithinMonths) : (DateOnly?)null;
        var skip = skipSince is { } since
            ? (await db.SpotCheckTasks.AsNoTracking()
                .Where(t => t.ProvinceCode == plan.ProvinceCode && t.TargetKind == plan.TargetKind && t.DrawnOn >= since && t.Status != SpotCheckTaskStatus.Cancelled && t.PlanId != plan.Id)
                .Select(t => t.TargetId).Distinct().ToListAsync(ct)).ToHashSet()
            : [];

        if (plan.TargetKind == TargetKind.Platform)
        {
            var platforms = db.Platforms.AsNoTracking().Where(p => p.ProvinceCode == plan.ProvinceCode);
            if (plan.Agency is { } agency) platforms = platforms.Where(p => p.Agency == agency);
            var ids = await platforms.Select(p => p.Id).ToListAsync(ct);
            var platformRisk = plan.RiskWeighting ? await PlatformRiskAsync(plan, ct) : null;
            return ids.Where(id => !skip.Contains(id))
                .Select(id => new PopulationMember(id, id, platformRisk?.WeightOf(id) ?? 1)).ToArray();
        }

        var filings = db.Filings.AsNoTracking().Where(f => f.ProvinceCode == plan.ProvinceCode && f.Status == FilingStatus.Accepted);
        if (plan.Agency is { } filingAgency) filings = filings.Where(f => f.Agency == filingAgency);
        if (plan.ContentKinds != ContentKinds.None) filings = filings.Where(f => (f.ContentKinds & plan.ContentKinds) != 0);
        var members = await ReadMembersAsync(filings.Select(f => new { f.Id, f.PlatformId }), ct);
        if (skip.Count > 0) members = Array.FindAll(members, m => !skip.Contains(m.TargetId));
        if (plan.RiskWeighting && await PublisherRiskAsync(plan, ct) is var risk)
            for (var i = 0; i < members.Length; i++) members[i] = members[i] with { Weight = risk.WeightOf(members[i].TargetId) };
        return members;
    }

    /// <summary>
    /// Reads (target id, platform id) pairs with a plain data reader over the command EF Core builds for the query (so the
    /// province filter and the covering index <c>IX_Filings_SpotCheckPopulation</c> still apply), straight into members of
    /// weight 1. A province may file a million publishers: EF's materialiser spent seconds of CPU on them, the reader a
    /// fraction of one.
    /// </summary>
    private async Task<PopulationMember[]> ReadMembersAsync<TPair>(IQueryable<TPair> pairs, CancellationToken ct)
    {
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var command = pairs.CreateDbCommand();
            await using var reader = await command.ExecuteReaderAsync(System.Data.CommandBehavior.SequentialAccess, ct);
            var members = new List<PopulationMember>(4096);
            while (await reader.ReadAsync(ct)) members.Add(new PopulationMember(reader.GetInt64(0), reader.GetInt32(1), 1));
            return [.. members];
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private (DateTime FromUtc, DateTime ToUtc, DateOnly FromDay) Window(SpotCheckPlan plan)
    {
        var from = plan.PeriodStart.AddDays(-RiskWindowDays);
        return (ChinaTime.StartOfDayUtc(from), ChinaTime.StartOfDayUtc(plan.PeriodStart), from);
    }

    private async Task<RiskTable> PlatformRiskAsync(SpotCheckPlan plan, CancellationToken ct)
    {
        var (fromUtc, toUtc, fromDay) = Window(plan);
        var reports = await db.ReportCases.AsNoTracking()
            .Where(c => c.ProvinceCode == plan.ProvinceCode && c.PlatformId != null && c.FirstReceivedUtc >= fromUtc && c.FirstReceivedUtc < toUtc)
            .GroupBy(c => c.PlatformId!.Value).Select(g => new { Id = g.Key, Count = g.Count() }).ToDictionaryAsync(x => (long)x.Id, x => x.Count, ct);
        var findings = await (from f in db.Findings.AsNoTracking()
                              join i in db.Inspections.AsNoTracking() on f.InspectionId equals i.Id
                              where f.ProvinceCode == plan.ProvinceCode && i.InspectedOn >= fromDay && i.InspectedOn < plan.PeriodStart
                              group f by f.PlatformId into g
                              select new { Id = g.Key, Count = g.Count() }).ToDictionaryAsync(x => (long)x.Id, x => x.Count, ct);
        var problems = await ProblemsFoundAsync(plan, TargetKind.Platform, fromDay, ct);
        foreach (var (id, count) in problems) findings[id] = findings.GetValueOrDefault(id) + count;
        return new RiskTable(reports, findings, await credit.GradesAsync(TargetKind.Platform, plan.ProvinceCode, ct));
    }

    private async Task<RiskTable> PublisherRiskAsync(SpotCheckPlan plan, CancellationToken ct)
    {
        var (fromUtc, toUtc, fromDay) = Window(plan);
        // A report case about an account on a registered platform carries the key "p{platform}|a:{account id}" (ReportedAccount):
        // the publisher filed with that platform publisher id is the one reported. One join on the (platform, publisher id)
        // index, from the reported accounts' side, rather than a key built for each of a million publishers.
        var reports = await (from c in db.ReportCases.AsNoTracking()
                             where c.ProvinceCode == plan.ProvinceCode && c.PlatformId != null && c.FirstReceivedUtc >= fromUtc && c.FirstReceivedUtc < toUtc
                                   && c.CaseKey.Contains(AccountMarker)
                             join f in db.Filings.AsNoTracking()
                                 on new { PlatformId = c.PlatformId!.Value, Account = c.CaseKey.Substring(c.CaseKey.IndexOf(AccountMarker) + AccountMarker.Length) }
                                 equals new { f.PlatformId, Account = f.PlatformPublisherId }
                             group c by f.Id into g
                             select new { Id = g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Id, x => x.Count, ct);
        var problems = await ProblemsFoundAsync(plan, TargetKind.Publisher, fromDay, ct);
        return new RiskTable(reports, problems, await credit.GradesAsync(TargetKind.Publisher, plan.ProvinceCode, ct));
    }

    /// <summary>Separates the platform from the account id in a case key about an account: "p{platform}|a:{account id}".</summary>
    private const string AccountMarker = "|a:";

    /// <summary>Items found wanting in earlier spot checks of the province's targets of a kind, by target.</summary>
    private async Task<Dictionary<long, int>> ProblemsFoundAsync(SpotCheckPlan plan, TargetKind kind, DateOnly fromDay, CancellationToken ct) =>
        await (from r in db.CheckResults.AsNoTracking()
               join t in db.SpotCheckTasks.AsNoTracking() on r.TaskId equals t.Id
               where t.ProvinceCode == plan.ProvinceCode && t.TargetKind == kind && t.DrawnOn >= fromDay && r.Outcome != CheckOutcome.NoProblem
               group r by t.TargetId into g
               select new { Id = g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Id, x => x.Count, ct);

    /// <summary>(inspector, target) pairs the rotation rule forbids: the inspector checked the target within the plan's rotation period.</summary>
    private async Task<List<(int, long)>> RecentlyCheckedByAsync(SpotCheckPlan plan, List<int> inspectorIds, CancellationToken ct)
    {
        if (plan.InspectorRotationMonths <= 0) return [];
        var since = plan.PeriodStart.AddMonths(-plan.InspectorRotationMonths);
        var pairs = await (from i in db.TaskInspectors.AsNoTracking()
                           join t in db.SpotCheckTasks.AsNoTracking() on i.TaskId equals t.Id
                           where t.ProvinceCode == plan.ProvinceCode && t.TargetKind == plan.TargetKind && t.DrawnOn >= since
                                 && t.Status != SpotCheckTaskStatus.Cancelled && t.PlanId != plan.Id && inspectorIds.Contains(i.InspectorId)
                           select new { i.InspectorId, t.TargetId }).Distinct().ToListAsync(ct);
        return pairs.Select(p => (p.InspectorId, p.TargetId)).ToList();
    }

    /// <summary>Report cases, problems found and credit levels by target id.</summary>
    private sealed record RiskTable(Dictionary<long, int> Reports, Dictionary<long, int> Problems, IReadOnlyDictionary<long, CreditRiskLevel> Credit)
    {
        public long WeightOf(long targetId) =>
            RiskWeight.Of(Reports.GetValueOrDefault(targetId), Problems.GetValueOrDefault(targetId), Credit.GetValueOrDefault(targetId));
    }
}
