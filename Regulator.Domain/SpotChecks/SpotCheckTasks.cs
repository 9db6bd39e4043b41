using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Regulator.Domain.Auditing;
using Regulator.Domain.Common;
using Regulator.Domain.Persistence;
using Regulator.Domain.Protection;
using Regulator.Domain.Reports;
using Regulator.Domain.Identity;

namespace Regulator.Domain.SpotChecks;

/// <summary>
/// The inspectors' side of a plan: their tasks, a result per check item, evidence files and the follow-up of ordered
/// rectifications. A task outside the actor's province is not found (the query filter), and so is another inspector's
/// task for an inspector: both answer 404, nothing audited. Each step returns the task (or the evidence) as saved, or
/// why not: refused when the actor's role may not act on the task, a conflict when the task's state does not allow
/// the step (cancelled by a redraw, past checking, closed, changed by someone else), invalid for what was entered.
/// When every item of a task is recorded and no rectification
/// awaits follow-up the task closes; when the plan's last task closes, the plan closes and its publication day is set.
/// </summary>
public sealed class SpotCheckTasks(RegulatorDbContext db, AuditLog audit, WorkingCalendar calendar, IOptions<SpotCheckOptions> options, TimeProvider clock)
{
    public sealed record TaskRow(long Id, int PlanId, string PlanTitle, int DrawOrder, TargetKind TargetKind, string TargetLabel, string PlatformName,
        DateOnly DueOn, SpotCheckTaskStatus Status);

    /// <summary>The tasks the actor may see, due first: an inspector's own, an administrator's province's, every province's for national readers.</summary>
    public Task<IReadOnlyList<TaskRow>> ListAsync(Actor actor, int? planId = null, int take = 200, CancellationToken ct = default) =>
        RowsAsync(Visible(actor).Where(t => planId == null || t.PlanId == planId), take, ct);

    /// <summary>
    /// The spot checks of one platform and of its publishers that the actor may see, due first, at most 50: the
    /// platform's record shows them with their state, so its results are found from the platform too.
    /// </summary>
    public Task<IReadOnlyList<TaskRow>> OfPlatformAsync(Actor actor, int platformId, CancellationToken ct = default) =>
        RowsAsync(Visible(actor).Where(t => t.PlatformId == platformId), 50, ct);

    private async Task<IReadOnlyList<TaskRow>> RowsAsync(IQueryable<SpotCheckTask> tasks, int take, CancellationToken ct) =>
        await (from t in tasks.Where(t => t.Status != SpotCheckTaskStatus.Cancelled)
               join p in db.SpotCheckPlans on t.PlanId equals p.Id
               orderby t.DueOn, t.Id
               select new TaskRow(t.Id, t.PlanId, p.Title, t.DrawOrder, t.TargetKind, t.TargetLabel, t.PlatformName, t.DueOn, t.Status))
            .Take(Math.Clamp(take, 1, 500)).AsNoTracking().ToListAsync(ct);

    /// <summary>A task with its inspectors and results, or null when the actor may not see it.</summary>
    public async Task<SpotCheckTask?> FindAsync(Actor actor, long taskId, CancellationToken ct = default) =>
        await Visible(actor).AsNoTracking().Include(t => t.Inspectors.OrderBy(i => i.Position)).Include(t => t.Results)
            .FirstOrDefaultAsync(t => t.Id == taskId, ct);

    /// <summary>Records (or corrects, while the task is open) the result of one of the plan's items; the task as it now stands.</summary>
    public Task<StepResult<SpotCheckTask>> RecordAsync(Actor actor, long taskId, int checkItemId, CheckOutcome outcome, string? note, DateOnly? rectifyBy,
        CancellationToken ct = default) =>
        ChangeAsync(actor, taskId, actor.MayRecord, async (task, plan) =>
        {
            if (task.Status != SpotCheckTaskStatus.Open) return StepFailure.Conflict("任务已不在检查阶段 (the task is past checking)");
            if (!plan.CheckItemIds.Contains(checkItemId)) return StepFailure.Invalid("该事项不在本计划中 (the item is not in this plan)");
            if (!Enum.IsDefined(outcome)) return StepFailure.Invalid("检查结果无效 (unknown outcome)");
            // Free text from a clerk: anything shaped like an identity number is masked before it is stored.
            note = string.IsNullOrWhiteSpace(note) ? null : IdentityScrubber.Scrub(note.Trim());
            if (outcome != CheckOutcome.NoProblem && note is null) return StepFailure.Invalid("发现问题时须说明情况 (describe what was found)");
            if (note?.Length > 2000) return StepFailure.Invalid("说明不超过 2000 字 (at most 2,000 characters)");
            var today = ChinaTime.Today(clock);
            if (outcome == CheckOutcome.RectificationOrdered && (rectifyBy is null || rectifyBy <= today))
                return StepFailure.Invalid("责令整改须给出今天之后的整改期限 (a rectification needs a date after today)");
            var result = task.Results.FirstOrDefault(r => r.CheckItemId == checkItemId);
            if (result is null)
            {
                result = new CheckResult { CheckItemId = checkItemId, ProvinceCode = task.ProvinceCode };
                task.Results.Add(result);
            }
            result.Outcome = outcome;
            result.Note = note;
            result.RectifyBy = outcome == CheckOutcome.RectificationOrdered ? rectifyBy : null;
            result.RecordedBy = actor.DisplayName;
            result.RecordedUtc = clock.GetUtcNow().UtcDateTime;
            audit.Add(AuditActions.SpotCheckResultRecorded, nameof(SpotCheckTask), task.Id.ToString(), task.ProvinceCode, details: $"item {checkItemId}: {outcome}");
            return null;
        }, ct);

    /// <summary>Confirms an ordered rectification done (on a day) or not done by its date; the task as it now stands.</summary>
    public Task<StepResult<SpotCheckTask>> FollowUpAsync(Actor actor, long taskId, int checkItemId, bool rectified, DateOnly on, string? note, CancellationToken ct = default) =>
        ChangeAsync(actor, taskId, actor.MayFollowUp, async (task, _) =>
        {
            var result = task.Results.FirstOrDefault(r => r.CheckItemId == checkItemId);
            if (result is null || !result.AwaitsFollowUp)
                return StepFailure.Conflict("该事项没有待跟进的整改 (no rectification awaits follow-up on this item)");
            if (on > ChinaTime.Today(clock)) return StepFailure.Invalid("跟进日期不能晚于今天 (the follow-up date cannot be in the future)");
            if (!rectified && on <= result.RectifyBy) return StepFailure.Conflict("整改期限未到 (the rectification is not due yet)");
            result.RectifiedOn = rectified ? on : null;
            result.RectificationFailed = !rectified;
            result.FollowUpNote = string.IsNullOrWhiteSpace(note) ? null : IdentityScrubber.Scrub(note.Trim()[..Math.Min(note.Trim().Length, 2000)]);
            audit.Add(AuditActions.SpotCheckFollowedUp, nameof(SpotCheckTask), task.Id.ToString(), task.ProvinceCode,
                details: $"item {checkItemId}: {(rectified ? "rectified" : "not rectified")} {on:yyyy-MM-dd}");
            return null;
        }, ct);

    /// <summary>
    /// Adds an evidence file to a task the actor was drawn for and returns it as stored; the content is
    /// checked by <see cref="EvidenceRules"/> (invalid), and a task holds at most <see cref="EvidenceRules.MaxFilesPerTask"/> files (conflict).
    /// </summary>
    public async Task<StepResult<SpotCheckEvidence>> AddEvidenceAsync(Actor actor, long taskId, string fileName, byte[] content, CancellationToken ct = default)
    {
        SpotCheckEvidence? added = null;
        var step = await ChangeAsync(actor, taskId, actor.MayRecord, async (task, _) =>
        {
            if (task.Status is SpotCheckTaskStatus.Closed or SpotCheckTaskStatus.Cancelled) return StepFailure.Conflict("任务已办结 (the task is closed)");
            var (type, error) = EvidenceRules.Check(fileName, content, options.Value.EvidenceMaxBytes);
            if (error is not null) return StepFailure.Invalid(error);
            if (await db.SpotCheckEvidence.CountAsync(e => e.TaskId == task.Id, ct) >= EvidenceRules.MaxFilesPerTask)
                return StepFailure.Conflict($"每项任务至多 {EvidenceRules.MaxFilesPerTask} 个文件 (at most {EvidenceRules.MaxFilesPerTask} files per task)");
            var evidence = added = new SpotCheckEvidence
            {
                TaskId = task.Id,
                ProvinceCode = task.ProvinceCode,
                FileName = IdentityScrubber.Scrub(EvidenceRules.DisplayName(fileName))!,
                ContentType = type!,
                SizeBytes = content.Length,
                Sha256 = Convert.ToHexStringLower(SHA256.HashData(content)),
                Content = content,
                UploadedBy = actor.DisplayName,
                UploadedUtc = clock.GetUtcNow().UtcDateTime,
            };
            db.SpotCheckEvidence.Add(evidence);
            audit.Add(AuditActions.SpotCheckEvidenceAdded, nameof(SpotCheckTask), task.Id.ToString(), task.ProvinceCode, details: $"{evidence.FileName} {evidence.Sha256}");
            return null;
        }, ct, closeCheck: false);
        return step.Failure is { } failure ? failure : added!;
    }

    /// <summary>The evidence files of a task the actor may see (without content), oldest first.</summary>
    public async Task<IReadOnlyList<SpotCheckEvidence>> EvidenceAsync(Actor actor, long taskId, CancellationToken ct = default)
    {
        if (await FindAsync(actor, taskId, ct) is null) return [];
        return await db.SpotCheckEvidence.AsNoTracking().Where(e => e.TaskId == taskId).OrderBy(e => e.Id)
            .Select(e => new SpotCheckEvidence
            {
                Id = e.Id, TaskId = e.TaskId, ProvinceCode = e.ProvinceCode, FileName = e.FileName, ContentType = e.ContentType, SizeBytes = e.SizeBytes,
                Sha256 = e.Sha256, UploadedBy = e.UploadedBy, UploadedUtc = e.UploadedUtc,
            }).ToListAsync(ct);
    }

    /// <summary>One evidence file with its content, or null when the actor may not see its task.</summary>
    public async Task<SpotCheckEvidence?> EvidenceFileAsync(Actor actor, long evidenceId, CancellationToken ct = default)
    {
        var evidence = await db.SpotCheckEvidence.AsNoTracking().FirstOrDefaultAsync(e => e.Id == evidenceId, ct);
        return evidence is not null && await FindAsync(actor, evidence.TaskId, ct) is not null ? evidence : null;
    }

    private IQueryable<SpotCheckTask> Visible(Actor actor) => actor.Kind switch
    {
        ActorKind.ProvincialInspector => db.SpotCheckTasks.Where(t => t.Inspectors.Any(i => i.UserId == actor.UserId)),
        ActorKind.ProvincialAdministrator or ActorKind.NationalAdministrator or ActorKind.NationalAnalyst => db.SpotCheckTasks,
        _ => db.SpotCheckTasks.Where(_ => false),
    };

    private async Task<StepResult<SpotCheckTask>> ChangeAsync(Actor actor, long taskId, Func<SpotCheckTask, bool> allowed,
        Func<SpotCheckTask, SpotCheckPlan, Task<StepFailure?>> change, CancellationToken ct, bool closeCheck = true)
    {
        var task = await Visible(actor).Include(t => t.Inspectors).Include(t => t.Results).FirstOrDefaultAsync(t => t.Id == taskId, ct);
        if (task is null) return StepFailure.NotFound;
        if (!allowed(task)) return StepFailure.Refused("无权办理该任务 (you may not act on this task)");
        if (task.Status == SpotCheckTaskStatus.Cancelled) return StepFailure.Conflict("任务已作废 (the task was cancelled by a redraw)");
        var plan = await db.SpotCheckPlans.FirstAsync(p => p.Id == task.PlanId, ct);
        if (await change(task, plan) is { } failure) return failure;
        if (closeCheck) await AdvanceAsync(task, plan, ct);
        task.Version++;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return StepFailure.Conflict("任务已被他人修改，请刷新后重试 (someone else changed the task; reload and try again)");
        }
        return task;
    }

    /// <summary>Moves the task on once every item is recorded, and closes the plan with its last task.</summary>
    private async Task AdvanceAsync(SpotCheckTask task, SpotCheckPlan plan, CancellationToken ct)
    {
        if (!plan.CheckItemIds.All(id => task.Results.Any(r => r.CheckItemId == id))) return;
        var now = clock.GetUtcNow().UtcDateTime;
        var next = task.Results.Any(r => r.AwaitsFollowUp) ? SpotCheckTaskStatus.AwaitingRectification : SpotCheckTaskStatus.Closed;
        if (next == task.Status) return;
        task.Status = next;
        if (next != SpotCheckTaskStatus.Closed) return;
        task.ClosedUtc = now;
        audit.Add(AuditActions.SpotCheckTaskClosed, nameof(SpotCheckTask), task.Id.ToString(), task.ProvinceCode);
        var othersOpen = await db.SpotCheckTasks.AnyAsync(t => t.PlanId == plan.Id && t.Id != task.Id
            && t.Status != SpotCheckTaskStatus.Closed && t.Status != SpotCheckTaskStatus.Cancelled, ct);
        if (othersOpen) return;
        plan.Status = PlanStatus.Closed;
        plan.ClosedUtc = now;
        plan.PublishOn = calendar.AddWorkingDays(ChinaTime.Today(clock), options.Value.PublishAfterWorkingDays);
        plan.Version++;
        audit.Add(AuditActions.SpotCheckPlanClosed, nameof(SpotCheckPlan), plan.Id.ToString(), plan.ProvinceCode, details: $"published on {plan.PublishOn:yyyy-MM-dd}");
    }
}
