using Microsoft.EntityFrameworkCore;
using Regulator.Domain.Auditing;
using Regulator.Domain.Common;
using Regulator.Domain.Persistence;

namespace Regulator.Domain.SpotChecks;

/// <summary>Makes spot-check plans. Only a provincial administrator plans, and only for their own province.</summary>
public sealed class SpotCheckPlanning(RegulatorDbContext db, AuditLog audit, TimeProvider clock)
{
    public sealed record Result(SpotCheckPlan? Plan, IReadOnlyDictionary<string, string> Errors);

    /// <summary>Validates and saves a draft as a plan of the actor's province. Field → reason on failure.</summary>
    public async Task<Result> CreateAsync(SpotCheckActor actor, SpotCheckPlanDraft draft, CancellationToken ct = default)
    {
        var errors = new Dictionary<string, string>();
        if (actor.ProvinceCode is not { } province || !actor.MayPlan(province))
            return new Result(null, new Dictionary<string, string> { [""] = "只有省级管理员可以制定抽查计划 (only a provincial administrator plans spot checks)" });
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
        if (errors.Count > 0) return new Result(null, errors);

        var plan = new SpotCheckPlan
        {
            ProvinceCode = province,
            Title = draft.Title.Trim(),
            Agency = draft.Agency,
            PeriodStart = draft.PeriodStart,
            PeriodEnd = draft.PeriodEnd,
            TargetKind = draft.TargetKind,
            ContentKinds = draft.ContentKinds,
            CheckItemIds = [.. itemIds.Order()],
            SampleSize = draft.SampleSize,
            SampleRatioPerMille = draft.SampleRatioPerMille,
            RiskWeighting = draft.RiskWeighting,
            InspectorsPerTask = draft.InspectorsPerTask,
            SkipTargetsCheckedWithinMonths = draft.SkipTargetsCheckedWithinMonths,
            InspectorRotationMonths = draft.InspectorRotationMonths,
            DueWorkingDays = draft.DueWorkingDays,
            Status = PlanStatus.Draft,
            CreatedBy = actor.Name,
            CreatedUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.SpotCheckPlans.Add(plan);
        await db.SaveChangesAsync(ct);
        audit.Add(AuditActions.SpotCheckPlanCreated, nameof(SpotCheckPlan), plan.Id.ToString(), province, details: plan.Title);
        await db.SaveChangesAsync(ct);
        return new Result(plan, errors);
    }
}
