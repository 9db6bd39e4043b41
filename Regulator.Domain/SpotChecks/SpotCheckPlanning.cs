using Microsoft.EntityFrameworkCore;
using Regulator.Domain.Auditing;
using Regulator.Domain.Common;
using Regulator.Domain.Persistence;
using Regulator.Domain.Identity;

namespace Regulator.Domain.SpotChecks;

/// <summary>
/// Makes spot-check plans. Only a provincial administrator plans, and only for their own province. Each step returns
/// the plan as saved, or why not: not found for another province's plan, refused for any other role, invalid with
/// the problem per field of <see cref="SpotCheckPlanDraft"/>, conflict when the plan's state does not allow the step.
/// </summary>
public sealed class SpotCheckPlanning(RegulatorDbContext db, AuditLog audit, TimeProvider clock)
{
    /// <summary>What a plan page shows: the plan, its items and every draw (newest attempt first), without snapshots.</summary>
    public sealed record PlanView(SpotCheckPlan Plan, IReadOnlyList<CheckItem> Items, IReadOnlyList<DrawRow> Draws, int TaskCount, int ClosedTaskCount);

    /// <summary>A draw as listed on its plan's page (the snapshot itself stays in the database).</summary>
    public sealed record DrawRow(int Id, int Attempt, string SeedHex, DrawState State, string? RedrawReason, string RequestedBy, DateTime SeedRecordedUtc,
        int PopulationSize, int SampleSize, string? SnapshotHash, string? ResultHash, string? FailureReason);

    /// <summary>The active check items a plan may choose from, by agency then code.</summary>
    public async Task<IReadOnlyList<CheckItem>> CheckItemsAsync(CancellationToken ct = default) =>
        await db.CheckItems.AsNoTracking().Where(i => i.IsActive).OrderBy(i => i.Agency).ThenBy(i => i.Code).ToListAsync(ct);

    /// <summary>A plan of the actor's scope (the province filter) with its items and draws; null when there is none or it is another province's.</summary>
    public async Task<PlanView?> FindAsync(int planId, CancellationToken ct = default)
    {
        var plan = await db.SpotCheckPlans.AsNoTracking().FirstOrDefaultAsync(p => p.Id == planId, ct);
        if (plan is null) return null;
        var items = await db.CheckItems.AsNoTracking().Where(i => plan.CheckItemIds.Contains(i.Id)).OrderBy(i => i.Id).ToListAsync(ct);
        var draws = (await db.SpotCheckDraws.AsNoTracking().Where(d => d.PlanId == planId).OrderByDescending(d => d.Attempt)
                .Select(d => new { d.Id, d.Attempt, d.Seed, d.State, d.RedrawReason, d.RequestedBy, d.SeedRecordedUtc, d.PopulationSize, d.SampleSize, d.SnapshotHash, d.ResultHash, d.FailureReason })
                .ToListAsync(ct))
            .Select(d => new DrawRow(d.Id, d.Attempt, unchecked((ulong)d.Seed).ToString("X16"), d.State, d.RedrawReason, d.RequestedBy, d.SeedRecordedUtc,
                d.PopulationSize, d.SampleSize, d.SnapshotHash, d.ResultHash, d.FailureReason)).ToList();
        var tasks = db.SpotCheckTasks.Where(t => t.PlanId == planId && t.Status != SpotCheckTaskStatus.Cancelled);
        return new PlanView(plan, items, draws, await tasks.CountAsync(ct), await tasks.CountAsync(t => t.Status == SpotCheckTaskStatus.Closed, ct));
    }

    /// <summary>Validates and saves a draft as a plan of the actor's province; invalid with the problem per field of the draft.</summary>
    public async Task<StepResult<SpotCheckPlan>> CreateAsync(Actor actor, SpotCheckPlanDraft draft, CancellationToken ct = default)
    {
        if (actor.ProvinceCode is not { } province || !actor.MayPlan(province)) return Refused;
        var (errors, itemIds) = await ValidateAsync(draft, ct);
        if (errors.Count > 0) return StepFailure.Invalid(errors);

        var plan = new SpotCheckPlan
        {
            ProvinceCode = province,
            Status = PlanStatus.Draft,
            CreatedBy = actor.DisplayName,
            CreatedUtc = clock.GetUtcNow().UtcDateTime,
        };
        Apply(plan, draft, itemIds);
        db.SpotCheckPlans.Add(plan);
        await db.SaveChangesAsync(ct);
        audit.Add(AuditActions.SpotCheckPlanCreated, nameof(SpotCheckPlan), plan.Id.ToString(), province, details: plan.Title);
        await db.SaveChangesAsync(ct);
        return plan;
    }

    /// <summary>
    /// Changes a plan that has not been drawn yet; once drawn, what was drawn on is on record and the plan stands (a
    /// redraw, with its reason, is the only change): a conflict. Not found for another province's plan; invalid with
    /// the problem per field of the draft.
    /// </summary>
    public async Task<StepResult<SpotCheckPlan>> UpdateAsync(Actor actor, int planId, SpotCheckPlanDraft draft, CancellationToken ct = default)
    {
        var plan = await db.SpotCheckPlans.FirstOrDefaultAsync(p => p.Id == planId, ct);
        if (plan is null) return StepFailure.NotFound;
        if (!actor.MayPlan(plan.ProvinceCode)) return Refused;
        if (plan.Status != PlanStatus.Draft)
            return StepFailure.Conflict("计划已抽取，不能再修改 (the plan has been drawn and can no longer be changed)");
        var (errors, itemIds) = await ValidateAsync(draft, ct);
        if (errors.Count > 0) return StepFailure.Invalid(errors);
        Apply(plan, draft, itemIds);
        plan.Version++;
        audit.Add(AuditActions.SpotCheckPlanChanged, nameof(SpotCheckPlan), plan.Id.ToString(), plan.ProvinceCode, details: plan.Title);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return StepFailure.Conflict("计划已被他人抽取或修改，请刷新 (someone else drew or changed the plan; reload)");
        }
        return plan;
    }

    /// <summary>
    /// Publishes a closed plan's results today, before the configured day: the rule sets the latest day of publication
    /// ("within N working days"), not the earliest. Only the province's administrator; not found for another province's
    /// plan; a conflict while its tasks are not all closed. A plan already public is returned as it is.
    /// </summary>
    public async Task<StepResult<SpotCheckPlan>> PublishNowAsync(Actor actor, int planId, CancellationToken ct = default)
    {
        var plan = await db.SpotCheckPlans.FirstOrDefaultAsync(p => p.Id == planId, ct);
        if (plan is null) return StepFailure.NotFound;
        if (!actor.MayPlan(plan.ProvinceCode)) return Refused;
        var today = ChinaTime.Today(clock);
        if (plan.Status != PlanStatus.Closed)
            return StepFailure.Conflict("计划的任务尚未全部办结 (the plan's tasks are not all closed)");
        if (plan.IsPublishedOn(today)) return plan;
        plan.PublishOn = today;
        plan.Version++;
        audit.Add(AuditActions.SpotCheckPublishedEarly, nameof(SpotCheckPlan), plan.Id.ToString(), plan.ProvinceCode, details: $"published on {today:yyyy-MM-dd}");
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return StepFailure.Conflict("计划已被他人修改，请刷新 (someone else changed the plan; reload)");
        }
        return plan;
    }

    private static readonly StepFailure Refused = StepFailure.Refused("只有省级管理员可以制定抽查计划 (only a provincial administrator plans spot checks)");

    private async Task<(Dictionary<string, string> Errors, List<int> ItemIds)> ValidateAsync(SpotCheckPlanDraft draft, CancellationToken ct)
    {
        var errors = new Dictionary<string, string>();
        if (TextRules.ValidateName(draft.Title, "计划名称", 200) is { } title) errors[nameof(draft.Title)] = title;
        if (draft.PeriodEnd < draft.PeriodStart) errors[nameof(draft.PeriodEnd)] = "结束日期不能早于开始日期 (the period ends before it starts)";
        if (draft.SampleSize is null == draft.SampleRatioPerMille is null)
            errors[nameof(draft.SampleSize)] = "请填写抽取数量或抽取比例之一 (give either a sample size or a ratio)";
        else if (draft.SampleSize is < 1 or > 100_000) errors[nameof(draft.SampleSize)] = "抽取数量为 1–100000 (sample size: 1–100,000)";
        else if (draft.SampleRatioPerMille is < 1 or > 1000) errors[nameof(draft.SampleRatioPerMille)] = "抽取比例为 1‰–1000‰ (ratio: 1–1000 per mille)";
        if (draft.InspectorsPerTask is < 2 or > 10) errors[nameof(draft.InspectorsPerTask)] = "每项任务需 2–10 名执法人员 (2–10 inspectors per task)";
        if (draft.SkipTargetsCheckedWithinMonths is < 0 or > 60) errors[nameof(draft.SkipTargetsCheckedWithinMonths)] = "0–60 个月 (0–60 months)";
        if (draft.InspectorRotationMonths is < 0 or > 60) errors[nameof(draft.InspectorRotationMonths)] = "0–60 个月 (0–60 months)";
        if (draft.DueWorkingDays is < 1 or > 120) errors[nameof(draft.DueWorkingDays)] = "办理时限为 1–120 个工作日 (1–120 working days)";
        if (draft.TargetKind == TargetKind.Platform && draft.ContentKinds != Filings.ContentKinds.None)
            errors[nameof(draft.ContentKinds)] = "内容类型仅用于主播抽查 (content kinds filter publishers only)";

        var itemIds = draft.CheckItemIds.Distinct().ToList();
        var items = await db.CheckItems.AsNoTracking().Where(i => itemIds.Contains(i.Id) && i.IsActive).ToListAsync(ct);
        if (itemIds.Count == 0) errors[nameof(draft.CheckItemIds)] = "请至少选择一个抽查事项 (choose at least one check item)";
        else if (items.Count != itemIds.Count) errors[nameof(draft.CheckItemIds)] = "抽查事项不存在或已停用 (unknown or retired check item)";
        else if (draft.Agency is { } agency && items.Any(i => i.Agency != agency))
            errors[nameof(draft.CheckItemIds)] = "单部门计划只能选择本部门的抽查事项 (a single-agency plan uses its own agency's items)";
        else if (items.Any(i => i.AppliesTo != draft.TargetKind))
            errors[nameof(draft.CheckItemIds)] = "所选事项与检查对象类型不符 (an item does not apply to this kind of target)";
        return (errors, itemIds);
    }

    private static void Apply(SpotCheckPlan plan, SpotCheckPlanDraft draft, List<int> itemIds)
    {
        plan.Title = draft.Title.Trim();
        plan.Agency = draft.Agency;
        plan.PeriodStart = draft.PeriodStart;
        plan.PeriodEnd = draft.PeriodEnd;
        plan.TargetKind = draft.TargetKind;
        plan.ContentKinds = draft.ContentKinds;
        plan.CheckItemIds = [.. itemIds.Order()];
        plan.SampleSize = draft.SampleSize;
        plan.SampleRatioPerMille = draft.SampleRatioPerMille;
        plan.RiskWeighting = draft.RiskWeighting;
        plan.InspectorsPerTask = draft.InspectorsPerTask;
        plan.SkipTargetsCheckedWithinMonths = draft.SkipTargetsCheckedWithinMonths;
        plan.InspectorRotationMonths = draft.InspectorRotationMonths;
        plan.DueWorkingDays = draft.DueWorkingDays;
    }
}
