using Microsoft.EntityFrameworkCore;
using Regulator.Domain.Common;
using Regulator.Domain.Persistence;

namespace Regulator.Domain.SpotChecks;

/// <summary>
/// "One public" (一公开): what anyone may read without signing in, for plans whose results are published (closed, and
/// the configured working days after the last task have passed). Reads across provinces — the public list is national
/// — and so bypasses the province filter here, and only here, returning nothing but published plans and public fields:
/// targets by <see cref="SpotCheckTask.TargetLabel"/> (organisation names, masked individuals), no identity number,
/// no inspector's name, no evidence.
/// </summary>
public sealed class PublicSpotChecks(RegulatorDbContext db, TimeProvider clock)
{
    public sealed record PlanRow(int Id, string Title, string ProvinceCode, Agency? Agency, DateOnly PeriodStart, DateOnly PeriodEnd,
        TargetKind TargetKind, DateOnly PublishedOn, int PopulationSize, int Drawn, int WithProblems);

    public sealed record Item(int Id, string Code, string NameZh, string NameEn, string LegalBasis);

    public sealed record DrawRow(int Id, int Attempt, string SeedHex, string Algorithm, DrawState State, string? RedrawReason, DateTime SeedRecordedUtc,
        int PopulationSize, int SampleSize, string? SnapshotHash, string? ResultHash, string? FailureReason);

    public sealed record ItemResult(int CheckItemId, CheckOutcome Outcome, DateOnly? RectifyBy, DateOnly? RectifiedOn, bool RectificationFailed);

    /// <summary>A drawn target: <paramref name="TargetId"/> is its id in the published snapshot (platform id, or filing id), so a replay can be compared row by row.</summary>
    public sealed record TargetRow(int DrawOrder, long TargetId, TargetKind TargetKind, string TargetLabel, string PlatformName, SpotCheckTaskStatus Status, IReadOnlyList<ItemResult> Results);

    public sealed record PlanDetail(PlanRow Plan, IReadOnlyList<Item> Items, IReadOnlyList<DrawRow> Draws, IReadOnlyList<TargetRow> Targets);

    /// <summary>Published plans, newest publication first.</summary>
    public async Task<IReadOnlyList<PlanRow>> ListAsync(int take = 100, CancellationToken ct = default)
    {
        var plans = await Published().OrderByDescending(p => p.PublishOn).ThenByDescending(p => p.Id).Take(Math.Clamp(take, 1, 500)).ToListAsync(ct);
        var rows = new List<PlanRow>(plans.Count);
        foreach (var plan in plans) rows.Add(await RowAsync(plan, ct));
        return rows;
    }

    /// <summary>A published plan with its items, every draw (redraws and their reasons included) and the current draw's targets and results; null if not published.</summary>
    public async Task<PlanDetail?> FindAsync(int planId, CancellationToken ct = default)
    {
        var plan = await Published().FirstOrDefaultAsync(p => p.Id == planId, ct);
        if (plan is null) return null;
        var items = await db.CheckItems.AsNoTracking().Where(i => plan.CheckItemIds.Contains(i.Id)).OrderBy(i => i.Id).ToListAsync(ct);
        var drawRows = await db.SpotCheckDraws.IgnoreQueryFilters().AsNoTracking().Where(d => d.PlanId == planId).OrderBy(d => d.Attempt)
            .Select(d => new { d.Id, d.Attempt, d.Seed, d.Algorithm, d.State, d.RedrawReason, d.SeedRecordedUtc, d.PopulationSize, d.SampleSize, d.SnapshotHash, d.ResultHash, d.FailureReason })
            .ToListAsync(ct);
        var draws = drawRows.Select(d => new DrawRow(d.Id, d.Attempt, unchecked((ulong)d.Seed).ToString("X16"), d.Algorithm, d.State, d.RedrawReason, d.SeedRecordedUtc,
            d.PopulationSize, d.SampleSize, d.SnapshotHash, d.ResultHash, d.FailureReason)).ToList();
        var tasks = await db.SpotCheckTasks.IgnoreQueryFilters().AsNoTracking().Include(t => t.Results)
            .Where(t => t.PlanId == planId && t.Status != SpotCheckTaskStatus.Cancelled).OrderBy(t => t.DrawOrder).ToListAsync(ct);
        var targets = tasks.Select(t => new TargetRow(t.DrawOrder, t.TargetId, t.TargetKind, t.TargetLabel, t.PlatformName, t.Status,
            t.Results.OrderBy(r => r.CheckItemId).Select(r => new ItemResult(r.CheckItemId, r.Outcome, r.RectifyBy, r.RectifiedOn, r.RectificationFailed)).ToList())).ToList();
        return new PlanDetail(await RowAsync(plan, ct), items.Select(i => new Item(i.Id, i.Code, i.NameZh, i.NameEn, i.LegalBasis)).ToList(), draws, targets);
    }

    /// <summary>The stored snapshot (gzip of the canonical text) of a draw of a published plan, for download; null otherwise.</summary>
    public async Task<(byte[] Gzip, string Hash)?> SnapshotAsync(int drawId, CancellationToken ct = default)
    {
        var draw = await PublishedDraw(drawId, ct);
        return draw is { SnapshotGzip: { } gzip, SnapshotHash: { } hash } ? (gzip, hash) : null;
    }

    /// <summary>Replays a draw of a published plan and compares it with the record and the tasks; null if not published or never run.</summary>
    public async Task<DrawVerificationResult?> VerifyAsync(int drawId, CancellationToken ct = default) =>
        await PublishedDraw(drawId, ct) is { } draw ? await DrawVerification.VerifyAsync(db, draw, ignoreScope: true, ct) : null;

    private async Task<SpotCheckDraw?> PublishedDraw(int drawId, CancellationToken ct)
    {
        var draw = await db.SpotCheckDraws.IgnoreQueryFilters().AsNoTracking().FirstOrDefaultAsync(d => d.Id == drawId, ct);
        return draw is not null && await Published().AnyAsync(p => p.Id == draw.PlanId, ct) ? draw : null;
    }

    private IQueryable<SpotCheckPlan> Published()
    {
        var today = ChinaTime.Today(clock);
        return db.SpotCheckPlans.IgnoreQueryFilters().AsNoTracking().Where(p => p.Status == PlanStatus.Closed && p.PublishOn != null && p.PublishOn <= today);
    }

    private async Task<PlanRow> RowAsync(SpotCheckPlan plan, CancellationToken ct)
    {
        var current = await db.SpotCheckDraws.IgnoreQueryFilters().AsNoTracking()
            .Where(d => d.PlanId == plan.Id && d.State == DrawState.Completed).OrderByDescending(d => d.Attempt).FirstOrDefaultAsync(ct);
        var tasks = db.SpotCheckTasks.IgnoreQueryFilters().Where(t => t.PlanId == plan.Id && t.Status != SpotCheckTaskStatus.Cancelled);
        var drawn = await tasks.CountAsync(ct);
        var withProblems = await tasks.CountAsync(t => t.Results.Any(r => r.Outcome != CheckOutcome.NoProblem), ct);
        return new PlanRow(plan.Id, plan.Title, plan.ProvinceCode, plan.Agency,
            plan.PeriodStart, plan.PeriodEnd, plan.TargetKind, plan.PublishOn!.Value, current?.PopulationSize ?? 0, drawn, withProblems);
    }
}
