using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Regulator.Domain.Auditing;
using Regulator.Domain.Common;
using Regulator.Domain.Persistence;
using Regulator.Domain.Protection;
using Regulator.Domain.Reports;
using Regulator.Domain.SpotChecks.Draws;
using Regulator.Domain.Identity;

namespace Regulator.Domain.SpotChecks;

/// <summary>
/// Runs a plan's draw (双随机): records a fresh seed from the operating system's cryptographic generator and saves it,
/// audited, before anything is drawn; freezes the snapshot; runs <see cref="DrawAlgorithm"/>; stores snapshot and result
/// with their hashes; and makes one task per drawn target. A redraw needs a reason, is possible only while no result has
/// been recorded, and leaves the earlier draw on record as superseded. A draw returns the completed draw, or why not:
/// not found for another province's plan, refused for anyone but the province's administrator, invalid without a
/// redraw's reason, a conflict when the plan's state does not allow it — and a conflict with the algorithm's reason
/// when the draw ran and failed (too few targets or inspectors), the failed attempt then being on record with its seed.
/// </summary>
public sealed class SpotCheckDrawing(RegulatorDbContext db, TargetDirectory directory, AuditLog audit, WorkingCalendar calendar, TimeProvider clock)
{
    /// <summary>The first draw of a plan.</summary>
    /// <param name="progress">Told as each part of the draw is done (<see cref="DrawStage"/>); the page shows it.</param>
    public Task<StepResult<SpotCheckDraw>> DrawAsync(Actor actor, int planId, CancellationToken ct = default, IProgress<DrawProgress>? progress = null) =>
        RunAsync(actor, planId, null, progress, ct);

    /// <summary>Draws a drawn plan again, for the stated reason (e.g. a target closed its business before the check).</summary>
    public Task<StepResult<SpotCheckDraw>> RedrawAsync(Actor actor, int planId, string reason, CancellationToken ct = default, IProgress<DrawProgress>? progress = null) =>
        StatedReason.Refusal(reason, out var stated) is { } invalid
            ? Task.FromResult<StepResult<SpotCheckDraw>>(invalid)
            : RunAsync(actor, planId, stated, progress, ct);

    private async Task<StepResult<SpotCheckDraw>> RunAsync(Actor actor, int planId, string? redrawReason, IProgress<DrawProgress>? progress, CancellationToken ct)
    {
        var plan = await db.SpotCheckPlans.FirstOrDefaultAsync(p => p.Id == planId, ct);
        if (plan is null) return StepFailure.NotFound;
        if (!actor.MayPlan(plan.ProvinceCode)) return StepFailure.Refused("只有本省省级管理员可以抽取 (only the province's administrator draws)");
        if (await RefusalAsync(plan, redrawReason, ct) is { } refusal) return StepFailure.Conflict(refusal);

        var draw = await RecordSeedAsync(plan, actor, redrawReason, ct);
        progress?.Report(new DrawProgress(DrawStage.SeedRecorded, draw.SeedHex));
        var snapshot = await directory.SnapshotAsync(plan, ct);
        progress?.Report(new DrawProgress(DrawStage.PopulationRead, draw.SeedHex, snapshot.Members.Count));
        var canonical = snapshot.ToCanonicalBytes();
        draw.PopulationSize = snapshot.Members.Count;
        draw.SampleSize = snapshot.SampleSize;
        draw.SnapshotHash = DrawSnapshot.HashOf(canonical);
        draw.SnapshotGzip = DrawSnapshot.Compress(canonical);
        draw.RanUtc = clock.GetUtcNow().UtcDateTime;
        progress?.Report(new DrawProgress(DrawStage.SnapshotStored, draw.SeedHex, snapshot.Members.Count));

        var outcome = snapshot.Members.Count == 0
            ? new DrawOutcome([], "检查对象名录中没有符合条件的对象 (no target in the directory matches the plan's filter)")
            : DrawAlgorithm.Run(snapshot, draw.SeedValue);
        progress?.Report(new DrawProgress(DrawStage.Drawn, draw.SeedHex, snapshot.Members.Count));
        draw.ResultText = outcome.ResultText;
        draw.ResultHash = outcome.ResultHash;
        if (!outcome.Succeeded)
        {
            draw.State = DrawState.Failed;
            draw.FailureReason = outcome.Error;
            audit.Add(AuditActions.SpotCheckDrawFailed, nameof(SpotCheckDraw), draw.Id.ToString(), plan.ProvinceCode, redrawReason, outcome.Error);
            await db.SaveChangesAsync(ct);
            return StepFailure.Conflict(outcome.Error!);
        }

        await SupersedeEarlierAsync(plan, draw, ct);
        await CreateTasksAsync(plan, draw, outcome, ct);
        draw.State = DrawState.Completed;
        plan.Status = PlanStatus.InProgress;
        plan.Version++;
        audit.Add(redrawReason is null ? AuditActions.SpotCheckDrawn : AuditActions.SpotCheckRedrawn, nameof(SpotCheckDraw), draw.Id.ToString(), plan.ProvinceCode,
            redrawReason, $"plan {plan.Id} attempt {draw.Attempt}: seed {draw.SeedHex}, population {draw.PopulationSize}, drawn {outcome.Targets.Count}, snapshot {draw.SnapshotHash}, result {draw.ResultHash}");
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return StepFailure.Conflict("计划已被他人抽取或修改，请刷新 (someone else drew or changed the plan; reload)");
        }
        progress?.Report(new DrawProgress(DrawStage.TasksSaved, draw.SeedHex, snapshot.Members.Count));
        return draw;
    }

    private async Task<string?> RefusalAsync(SpotCheckPlan plan, string? redrawReason, CancellationToken ct)
    {
        if (plan.Status == PlanStatus.Closed) return "计划已结束，不能重新抽取 (the plan is closed)";
        if (redrawReason is null)
            return plan.Status == PlanStatus.Draft ? null : "计划已抽取；重新抽取须说明理由 (already drawn; a redraw needs a reason)";
        if (plan.Status == PlanStatus.Draft) return "计划尚未抽取 (the plan has not been drawn yet)";
        var anyResult = await (from r in db.CheckResults join t in db.SpotCheckTasks on r.TaskId equals t.Id where t.PlanId == plan.Id select r.Id).AnyAsync(ct);
        return anyResult ? "已有检查结果，不能重新抽取 (results are recorded; the draw stands)" : null;
    }

    /// <summary>The seed is saved and audited on its own, before the population is even read: it cannot be chosen after seeing the outcome.</summary>
    private async Task<SpotCheckDraw> RecordSeedAsync(SpotCheckPlan plan, Actor actor, string? redrawReason, CancellationToken ct)
    {
        var attempt = 1 + (await db.SpotCheckDraws.Where(d => d.PlanId == plan.Id).MaxAsync(d => (int?)d.Attempt, ct) ?? 0);
        var draw = new SpotCheckDraw
        {
            PlanId = plan.Id,
            ProvinceCode = plan.ProvinceCode,
            Attempt = attempt,
            Seed = BitConverter.ToInt64(RandomNumberGenerator.GetBytes(8)),
            RedrawReason = redrawReason,
            Algorithm = DrawAlgorithm.Version,
            State = DrawState.SeedRecorded,
            RequestedBy = actor.DisplayName,
            SeedRecordedUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.SpotCheckDraws.Add(draw);
        await db.SaveChangesAsync(ct);
        audit.Add(AuditActions.SpotCheckSeedRecorded, nameof(SpotCheckDraw), draw.Id.ToString(), plan.ProvinceCode, redrawReason,
            $"plan {plan.Id} attempt {attempt}: seed {draw.SeedHex}, {draw.Algorithm}");
        await db.SaveChangesAsync(ct);
        return draw;
    }

    private async Task SupersedeEarlierAsync(SpotCheckPlan plan, SpotCheckDraw current, CancellationToken ct)
    {
        var earlier = await db.SpotCheckDraws.Where(d => d.PlanId == plan.Id && d.State == DrawState.Completed && d.Id != current.Id).ToListAsync(ct);
        foreach (var draw in earlier) draw.State = DrawState.Superseded;
        var earlierIds = earlier.Select(d => d.Id).ToList();
        foreach (var task in await db.SpotCheckTasks.Where(t => earlierIds.Contains(t.DrawId)).ToListAsync(ct))
        {
            task.Status = SpotCheckTaskStatus.Cancelled;
            task.Version++;
        }
    }

    private async Task CreateTasksAsync(SpotCheckPlan plan, SpotCheckDraw draw, DrawOutcome outcome, CancellationToken ct)
    {
        var today = ChinaTime.Today(clock);
        var due = calendar.AddWorkingDays(today, plan.DueWorkingDays);
        var platformIds = outcome.Targets.Select(t => t.PlatformId).Distinct().ToList();
        var platformNames = await db.Platforms.AsNoTracking().Where(p => platformIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Name, ct);
        var labels = platformNames.ToDictionary(p => (long)p.Key, p => p.Value);
        if (plan.TargetKind == TargetKind.Publisher)
        {
            var filingIds = outcome.Targets.Select(t => t.TargetId).ToList();
            labels = (await db.Filings.AsNoTracking().Where(f => filingIds.Contains(f.Id)).Select(f => new { f.Id, f.PublisherType, f.RealName }).ToListAsync(ct))
                .ToDictionary(f => f.Id, f => TargetLabels.ForPublisher(f.PublisherType, f.RealName));
        }
        var inspectorIds = outcome.Targets.SelectMany(t => t.InspectorIds).Distinct().ToList();
        var inspectors = await db.Inspectors.AsNoTracking().Where(i => inspectorIds.Contains(i.Id)).ToDictionaryAsync(i => i.Id, ct);
        foreach (var target in outcome.Targets)
        {
            db.SpotCheckTasks.Add(new SpotCheckTask
            {
                PlanId = plan.Id,
                DrawId = draw.Id,
                ProvinceCode = plan.ProvinceCode,
                DrawOrder = target.Order,
                TargetKind = plan.TargetKind,
                TargetId = target.TargetId,
                PlatformId = target.PlatformId,
                PlatformName = platformNames.GetValueOrDefault(target.PlatformId, ""),
                TargetLabel = labels.GetValueOrDefault(target.TargetId, "*"),
                Weight = target.Weight,
                DrawnOn = today,
                DueOn = due,
                Status = SpotCheckTaskStatus.Open,
                Inspectors = [.. target.InspectorIds.Select((id, position) => new TaskInspector
                {
                    InspectorId = id, Position = position + 1, ProvinceCode = plan.ProvinceCode, Name = inspectors[id].Name, UserId = inspectors[id].UserId,
                })],
            });
        }
    }
}
