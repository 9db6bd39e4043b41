using Microsoft.EntityFrameworkCore;
using Regulator.Domain.Common;
using Regulator.Domain.Auditing;
using Regulator.Domain.Persistence;
using Regulator.Domain.Identity;

namespace Regulator.Domain.Credit;

/// <summary>
/// The national administrator's work on the rating model: draft a new version, preview how many subjects would change
/// grade (by province), publish it — which re-grades everyone set-based and records why in every changed subject's history.
/// </summary>
public sealed class CreditModels(RegulatorDbContext db, CreditGrading grading, AuditLog audit, TimeProvider clock)
{
    /// <summary>Every version with its rules, newest first (a handful of versions of 27 rules each). Anyone on the staff may read the model.</summary>
    public async Task<IReadOnlyList<CreditRatingModel>> VersionsAsync(CancellationToken ct = default) =>
        await db.CreditRatingModels.AsNoTracking().Include(m => m.Rules).OrderByDescending(m => m.Version).ToListAsync(ct);

    /// <summary>
    /// Saves a draft as the next version (not yet in force). Refused unless the national administrator; invalid with
    /// every problem of the draft at once (joined by "；").
    /// </summary>
    public async Task<StepResult<CreditRatingModel>> DraftAsync(CreditModelDraft draft, Actor actor, CancellationToken ct = default)
    {
        if (!actor.IsNationalAdministrator) return NotNational;
        var problems = Validate(draft);
        if (problems.Count > 0) return StepFailure.Invalid(string.Join("；", problems));
        var version = (await db.CreditRatingModels.MaxAsync(m => (int?)m.Version, ct) ?? 0) + 1;
        var model = new CreditRatingModel
        {
            Version = version, State = CreditModelState.Draft, BaseScore = draft.BaseScore, ThresholdA = draft.ThresholdA, ThresholdB = draft.ThresholdB,
            ThresholdC = draft.ThresholdC, PlatformPublisherPenalty = draft.PlatformPublisherPenalty, CleanPeriodDays = draft.CleanPeriodDays,
            Notes = draft.Notes, CreatedBy = actor.Name, CreatedUtc = clock.GetUtcNow().UtcDateTime,
            Rules = [.. draft.Rules.Select(r => new CreditRule { Kind = r.Kind, Severity = r.Severity, Points = r.Points, CountsDays = r.CountsDays })],
        };
        db.CreditRatingModels.Add(model);
        audit.Add(CreditAuditActions.ModelDrafted, nameof(CreditRatingModel), version.ToString(), details: draft.Notes);
        await db.SaveChangesAsync(ct);
        return model;
    }

    /// <summary>How many subjects would change grade under <paramref name="version"/>, by province. Refused unless the national administrator; not found for an unknown version.</summary>
    public async Task<StepResult<IReadOnlyList<CreditGradeShift>>> PreviewAsync(int version, Actor actor, CancellationToken ct = default)
    {
        if (!actor.IsNationalAdministrator) return NotNational;
        var model = await db.CreditRatingModels.AsNoTracking().Include(m => m.Rules).SingleOrDefaultAsync(m => m.Version == version, ct);
        if (model is null) return StepFailure.NotFound;
        return StepResult<IReadOnlyList<CreditGradeShift>>.Done(await grading.PreviewAsync(model, ct));
    }

    /// <summary>
    /// Publishes a draft: the previous version is retired, every fact re-weighed and every subject re-graded. Returns
    /// how many subjects changed. Refused unless the national administrator; invalid without a stated reason; not
    /// found for an unknown version; a conflict for a version that is not a draft.
    /// </summary>
    public async Task<StepResult<int>> PublishAsync(int version, string reason, Actor actor, CancellationToken ct = default)
    {
        if (!actor.IsNationalAdministrator) return NotNational;
        if (StatedReason.Refusal(reason, out var stated) is { } invalid) return invalid;
        var model = await db.CreditRatingModels.Include(m => m.Rules).SingleOrDefaultAsync(m => m.Version == version, ct);
        if (model is null) return StepFailure.NotFound;
        if (model.State != CreditModelState.Draft) return StepFailure.Conflict("只能发布草稿版本 (only a draft can be published)");
        var previous = await db.CreditRatingModels.SingleAsync(m => m.State == CreditModelState.Published, ct);
        previous.State = CreditModelState.Retired;
        model.State = CreditModelState.Published;
        model.PublishedBy = actor.Name;
        model.PublishedUtc = clock.GetUtcNow().UtcDateTime;
        model.PublishReason = stated;
        audit.Add(CreditAuditActions.ModelPublished, nameof(CreditRatingModel), version.ToString(), reason: stated);
        await db.SaveChangesAsync(ct);
        return await grading.RegradeAllAsync(model, $"评级模型第 {version} 版发布：{stated}", rewriteFacts: true, ct);
    }

    /// <summary>What is wrong with a draft, in words for the form; empty when it can be saved.</summary>
    public static List<string> Validate(CreditModelDraft draft)
    {
        var problems = new List<string>();
        if (!(draft.ThresholdA > draft.ThresholdB && draft.ThresholdB > draft.ThresholdC))
            problems.Add("等级分数线应满足 A > B > C (thresholds must descend A > B > C)");
        if (draft.CleanPeriodDays < 30) problems.Add("无不良记录期间至少 30 天 (the clean period is at least 30 days)");
        foreach (var kind in Enum.GetValues<CreditFactKind>())
        foreach (var severity in Enum.GetValues<CreditSeverity>())
        {
            var rules = draft.Rules.Where(r => r.Kind == kind && r.Severity == severity).ToList();
            if (rules.Count != 1) problems.Add($"{CreditFactRecorder.KindWords(kind)}/{severity}：需要恰好一条规则 (exactly one rule needed)");
            else if (rules[0].CountsDays is < 1 or > 3650) problems.Add($"{CreditFactRecorder.KindWords(kind)}/{severity}：计分期限 1 至 3650 天 (1 to 3650 days)");
        }
        return problems;
    }

    private static readonly StepFailure NotNational = StepFailure.Refused("评级模型由国家级管理员维护 (the rating model is the national administrator's)");
}
