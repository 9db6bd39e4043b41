using Microsoft.EntityFrameworkCore;
using Regulator.Domain.Auditing;
using Regulator.Domain.Common;
using Regulator.Domain.Persistence;
using Regulator.Domain.Reports;
using Regulator.Domain.Identity;

namespace Regulator.Domain.Credit;

/// <summary>
/// The steps of the untrustworthy-entity procedure (MCT opinion 14), each audited. Subjects and designations are read
/// through the scoping filter: a province acting on another province's procedure finds nothing
/// (<see cref="StepFailure.NotFound"/>, 404) and nothing is changed or audited. Each step returns the designation as
/// changed, or the failure the rules on <see cref="UntrustworthyDesignation"/> give (refused, conflict, invalid), with
/// nothing changed or audited; listing and removal re-grade the subject at once. The notice and decision PDFs are printed by the web layer after the step.
/// </summary>
public sealed class UntrustworthyProcedure(RegulatorDbContext db, CreditGrading grading, AuditLog audit, WorkingCalendar calendar,
    ProcedureSettings settings, TimeProvider clock)
{
    /// <summary>
    /// Steps 1–2: proposes listing a subject of the actor's scope under a criterion that is not withdrawn. Not found for
    /// a subject out of scope; invalid for an unknown or withdrawn criterion (<c>CriterionCode</c>) or a fact not found
    /// (<c>FactIds</c>); a conflict while the subject has a procedure or listing in progress.
    /// </summary>
    public async Task<StepResult<UntrustworthyDesignation>> ProposeAsync(DesignationProposal proposal, Actor actor, CancellationToken ct = default)
    {
        var subject = await db.CreditSubjects.FirstOrDefaultAsync(s => s.Id == proposal.SubjectId, ct);
        if (subject is null) return StepFailure.NotFound;
        var criterion = await db.UntrustworthyCriteria.FirstOrDefaultAsync(c => c.Code == proposal.CriterionCode, ct);
        if (criterion is null) return Invalid(nameof(proposal.CriterionCode), "认定标准不存在 (no such criterion)");
        if (criterion.Withdrawn) return Invalid(nameof(proposal.CriterionCode), "该认定标准已停用 (the criterion has been withdrawn)");
        if (await db.UntrustworthyDesignations.AnyAsync(d => d.SubjectId == subject.Id && (d.State == DesignationState.Proposed || d.State == DesignationState.Listed), ct))
            return StepFailure.Conflict("该主体已有进行中或生效的认定 (the subject already has a procedure or listing in progress)");
        var facts = await db.CreditFacts.Where(f => proposal.FactIds.Contains(f.Id)).ToListAsync(ct);
        if (facts.Count != proposal.FactIds.Distinct().Count()) return Invalid(nameof(proposal.FactIds), "所列事实不存在 (a fact cited was not found)");
        // The defaults in force now; the designation stores the period and the defence deadline, so a later change of the settings does not move them.
        var defaults = await settings.CurrentAsync(ct);
        var proposed = UntrustworthyDesignation.Propose(subject, criterion, facts, proposal.Facts, proposal.Measures ?? [],
            proposal.PeriodMonths ?? defaults.DefaultPeriodMonths(criterion.Level), actor, calendar, defaults.DefenceWorkingDays, Today, Now);
        if (proposed.Failure is { } failure) return failure;
        var designation = proposed.Value;
        db.UntrustworthyDesignations.Add(designation);
        await db.SaveChangesAsync(ct);
        await AuditAsync(designation, ct);
        return designation;
    }

    /// <summary>Step 3: the statement and defence as received; the rules are <see cref="UntrustworthyDesignation.RecordDefence"/>'s.</summary>
    public Task<StepResult<UntrustworthyDesignation>> RecordDefenceAsync(long id, string statement, IReadOnlyList<string> attachments, DateOnly receivedOn, Actor actor, CancellationToken ct = default) =>
        StepAsync(id, d => d.RecordDefence(statement, attachments, actor, receivedOn, Now), regrade: false, ct);

    /// <summary>
    /// Steps 4–5, the decision (and, to list, publication): the public name is worked out here — organisations by name
    /// and code, people by surname and * with the masked number. The rules are <see cref="UntrustworthyDesignation.Decide"/>'s.
    /// </summary>
    public async Task<StepResult<UntrustworthyDesignation>> DecideAsync(long id, bool list, string reason, Actor actor, CancellationToken ct = default)
    {
        var designation = await FindAsync(id, ct);
        if (designation is null) return StepFailure.NotFound;
        var (name, code) = await PublicNameAsync(designation.Subject!, ct);
        if (designation.Decide(list, reason, actor, name, code, Today, Now) is { } failure) return failure;
        return await SaveAsync(designation, regrade: list, ct);
    }

    /// <summary>Step 7b: a credit repair application; its review period is the one in force today (<see cref="ProcedureSettings"/>).</summary>
    public async Task<StepResult<UntrustworthyDesignation>> ApplyForRepairAsync(long id, string evidence, string commitment, Actor actor, CancellationToken ct = default)
    {
        var reviewDays = (await settings.CurrentAsync(ct)).RepairReviewWorkingDays;
        return await StepAsync(id, d => d.ApplyForRepair(evidence, commitment, actor, calendar, reviewDays, Today, Now), regrade: false, ct);
    }

    /// <summary>The credit repair decision; granting removes the listing and re-grades the subject.</summary>
    public Task<StepResult<UntrustworthyDesignation>> DecideRepairAsync(long id, bool grant, string reason, Actor actor, CancellationToken ct = default) =>
        StepAsync(id, d => d.DecideRepair(grant, reason, actor, Today, Now), regrade: grant, ct);

    /// <summary>An appeal against the decision as recorded by the office; an upheld one annuls the listing and re-grades the subject.</summary>
    public Task<StepResult<UntrustworthyDesignation>> RecordAppealAsync(long id, DesignationAppeal appeal, Actor actor, CancellationToken ct = default) =>
        StepAsync(id, d => d.RecordAppeal(appeal, actor, Today, Now), regrade: appeal.Upheld, ct);

    /// <summary>The daily job's part: listings whose period has ended are removed (and published as removed); returns how many.</summary>
    public async Task<int> RemoveEndedAsync(CancellationToken ct = default)
    {
        var today = Today;
        var ended = await db.UntrustworthyDesignations.IgnoreQueryFilters().Include(d => d.Subject)
            .Where(d => d.State == DesignationState.Listed && d.EndsOn < today).OrderBy(d => d.Id).Take(500).ToListAsync(ct);
        foreach (var designation in ended)
        {
            // Chosen by the same rule the step checks, so the step is always taken here.
            if (designation.RemoveAtPeriodEnd(today, Now) is not null) continue;
            audit.Add(CreditAuditActions.DesignationStep, nameof(UntrustworthyDesignation), designation.Id.ToString(), designation.ProvinceCode, details: "removed: period ended");
        }
        await db.SaveChangesAsync(ct);
        foreach (var designation in ended) await grading.RegradeAsync(designation.SubjectId, $"失信认定 #{designation.Id} 管理期限届满，移出名单", ct);
        return ended.Count;
    }

    /// <summary>A procedure as its province (or the national office) reads it, with its subject and criterion; null when out of scope. Audited as viewed.</summary>
    public async Task<UntrustworthyDesignation?> ReadAsync(long id, CancellationToken ct = default)
    {
        var designation = await db.UntrustworthyDesignations.AsNoTracking().Include(d => d.Subject).Include(d => d.Criterion).FirstOrDefaultAsync(d => d.Id == id, ct);
        if (designation is not null)
            await audit.RecordAsync(CreditAuditActions.DesignationViewed, nameof(UntrustworthyDesignation), id.ToString(), designation.ProvinceCode, ct: ct);
        return designation;
    }

    /// <summary>The listing criteria a proposal may cite (not withdrawn), serious first.</summary>
    public async Task<IReadOnlyList<UntrustworthyCriterion>> CriteriaAsync(CancellationToken ct = default) =>
        await db.UntrustworthyCriteria.AsNoTracking().Where(c => !c.Withdrawn).OrderByDescending(c => c.Level).ThenBy(c => c.Code).ToListAsync(ct);

    /// <summary>Records which PDF is the notice or the decision once the web layer has printed it.</summary>
    public async Task AttachDocumentAsync(long id, long documentId, bool decision, CancellationToken ct = default)
    {
        // Not a step of the procedure, so it neither bumps nor checks the revision; a set-based update also ignores any stale tracked copy.
        var designations = db.UntrustworthyDesignations.IgnoreQueryFilters().Where(d => d.Id == id);
        if (decision) await designations.ExecuteUpdateAsync(s => s.SetProperty(d => d.DecisionDocumentId, documentId), ct);
        else await designations.ExecuteUpdateAsync(s => s.SetProperty(d => d.NoticeDocumentId, documentId), ct);
    }

    private async Task<(string Name, string Code)> PublicNameAsync(CreditSubject subject, CancellationToken ct)
    {
        if (subject.Kind == CreditSubjectKind.Platform) return (subject.Name, subject.Code);
        var organisation = await db.Filings.IgnoreQueryFilters().AnyAsync(f => f.IdentityBlindIndex == subject.IdentityBlindIndex
            && f.PublisherType == Filings.PublisherType.Organization, ct);
        return organisation ? (subject.Name, subject.Code) : (MaskName(subject.Name), subject.Code);
    }

    /// <summary>
    /// A person's name as published: the surname (first character) and one *; the name of a publisher never filed is
    /// published as it stands, since it is no name.
    /// </summary>
    public static string MaskName(string name) =>
        name == CreditSubject.UnfiledPublisherName ? name : name.Length == 0 ? "*" : name[..1] + "*";

    private async Task<StepResult<UntrustworthyDesignation>> StepAsync(long id, Func<UntrustworthyDesignation, StepFailure?> step, bool regrade, CancellationToken ct)
    {
        var designation = await FindAsync(id, ct);
        if (designation is null) return StepFailure.NotFound;
        if (step(designation) is { } failure) return failure;
        return await SaveAsync(designation, regrade, ct);
    }

    private static StepFailure Invalid(string field, string message) => StepFailure.Invalid(new Dictionary<string, string> { [field] = message });

    private async Task<StepResult<UntrustworthyDesignation>> SaveAsync(UntrustworthyDesignation designation, bool regrade, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Two administrators acted at once (the revision is the concurrency token): the other step stands.
            return StepFailure.Conflict("该程序刚被他人处理，请查看最新状态 (someone else has just acted on this procedure; see where it stands now)");
        }
        await AuditAsync(designation, ct);
        if (regrade) await grading.RegradeAsync(designation.SubjectId, $"失信认定 #{designation.Id}：{designation.History[^1].Step}", ct);
        return designation;
    }

    private Task AuditAsync(UntrustworthyDesignation designation, CancellationToken ct)
    {
        var last = designation.History[^1];
        return audit.RecordAsync(CreditAuditActions.DesignationStep, nameof(UntrustworthyDesignation), designation.Id.ToString(), designation.ProvinceCode,
            reason: last.Details, details: $"{last.Step} {designation.Level} {designation.State}", ct: ct);
    }

    private Task<UntrustworthyDesignation?> FindAsync(long id, CancellationToken ct) =>
        db.UntrustworthyDesignations.Include(d => d.Subject).Include(d => d.Criterion).FirstOrDefaultAsync(d => d.Id == id, ct);

    private DateOnly Today => ChinaTime.Today(clock);

    private DateTime Now => clock.GetUtcNow().UtcDateTime;
}
