using Regulator.Domain.Common;
using Regulator.Domain.Credit;
using Regulator.Web.Credit.Documents;
using Regulator.Web.Identity;
using Regulator.Domain.Identity;

namespace Regulator.Web.Credit;

/// <summary>
/// What the staff pages do, one method per button: each takes the acting user from the scope (never from the page),
/// calls the one domain step, which checks that user's permission and the province scope itself, and prints the
/// notice or decision where the step issues one. Each returns the step's <see cref="StepResult{T}"/>: the record as
/// the step left it, or the failure (not found for a procedure or subject out of the user's scope, refused, invalid,
/// conflict) with nothing changed or printed.
/// </summary>
public sealed class CreditDesk(PortalActor portalActor, UntrustworthyProcedure procedure, DesignationPaperwork paperwork, CreditModels models,
    AdministrativePenalties penalties, ListingCriteria criteria, HolidayCalendar holidays, ProcedureSettings settings)
{
    /// <summary>The acting user as the procedure knows it.</summary>
    public Actor Actor => portalActor.Actor;

    /// <summary>An administrative penalty recorded by hand from its decision document; it is in the subject's grade before this returns.</summary>
    public Task<StepResult<AdministrativePenalty>> RecordPenaltyAsync(long subjectId, string documentNumber, DateOnly decidedOn, CreditSeverity severity, string summary,
        CancellationToken ct = default) =>
        penalties.RecordAsync(subjectId, documentNumber, decidedOn, severity, summary, Actor, ct);

    /// <summary>Steps 1–2: the proposal, and its notice (告知书) printed.</summary>
    public async Task<StepResult<UntrustworthyDesignation>> ProposeAsync(DesignationProposal proposal, CancellationToken ct = default)
    {
        var proposed = await procedure.ProposeAsync(proposal, Actor, ct);
        if (proposed.Succeeded) await paperwork.PrintNoticeAsync(proposed.Value.Id, ct);
        return proposed;
    }

    /// <summary>Step 3: the statement and defence as received (attachments named one per line).</summary>
    public Task<StepResult<UntrustworthyDesignation>> RecordDefenceAsync(long id, string statement, IReadOnlyList<string> attachments, DateOnly receivedOn, CancellationToken ct = default) =>
        procedure.RecordDefenceAsync(id, statement, attachments, receivedOn, Actor, ct);

    /// <summary>Steps 4–5: the decision; to list is to publish, and the decision (决定书) is printed.</summary>
    public async Task<StepResult<UntrustworthyDesignation>> DecideAsync(long id, bool list, string reason, CancellationToken ct = default)
    {
        var decided = await procedure.DecideAsync(id, list, reason, Actor, ct);
        if (decided.Succeeded && decided.Value.State == DesignationState.Listed) await paperwork.PrintDecisionAsync(decided.Value.Id, ct);
        return decided;
    }

    public Task<StepResult<UntrustworthyDesignation>> ApplyForRepairAsync(long id, string evidence, string commitment, CancellationToken ct = default) =>
        procedure.ApplyForRepairAsync(id, evidence, commitment, Actor, ct);

    public Task<StepResult<UntrustworthyDesignation>> DecideRepairAsync(long id, bool grant, string reason, CancellationToken ct = default) =>
        procedure.DecideRepairAsync(id, grant, reason, Actor, ct);

    public Task<StepResult<UntrustworthyDesignation>> RecordAppealAsync(long id, DateOnly filedOn, string body, string grounds, string? outcome, DateOnly? decidedOn, bool upheld,
        CancellationToken ct = default) =>
        procedure.RecordAppealAsync(id, new DesignationAppeal(filedOn, body, grounds, outcome, decidedOn, upheld, Actor.Name), Actor, ct);

    public Task<StepResult<CreditRatingModel>> DraftModelAsync(CreditModelDraft draft, CancellationToken ct = default) => models.DraftAsync(draft, Actor, ct);

    public Task<StepResult<IReadOnlyList<CreditGradeShift>>> PreviewModelAsync(int version, CancellationToken ct = default) => models.PreviewAsync(version, Actor, ct);

    public Task<StepResult<int>> PublishModelAsync(int version, string reason, CancellationToken ct = default) => models.PublishAsync(version, reason, Actor, ct);

    public Task<StepResult<UntrustworthyCriterion>> CreateCriterionAsync(CriterionDraft draft, string reason, CancellationToken ct = default) => criteria.CreateAsync(draft, reason, Actor, ct);

    public Task<StepResult<UntrustworthyCriterion>> UpdateCriterionAsync(CriterionDraft draft, string reason, CancellationToken ct = default) => criteria.UpdateAsync(draft, reason, Actor, ct);

    public Task<StepResult<UntrustworthyCriterion>> WithdrawCriterionAsync(string code, bool withdrawn, string reason, CancellationToken ct = default) =>
        criteria.WithdrawAsync(code, withdrawn, reason, Actor, ct);

    public Task<StepResult<CalendarAdjustment>> SetCalendarDayAsync(DateOnly day, CalendarDayKind kind, string name, string reason, CancellationToken ct = default) =>
        holidays.SetAsync(day, kind, name, reason, Actor, ct);

    public Task<StepResult<CalendarAdjustment>> RemoveCalendarDayAsync(DateOnly day, string reason, CancellationToken ct = default) => holidays.RemoveAsync(day, reason, Actor, ct);

    /// <summary>The procedure's defence and repair-review periods and default listing periods, for procedures started from now on.</summary>
    public Task<StepResult<CreditProcedureSettings>> ChangeProcedureSettingsAsync(ProcedureSettingsDraft draft, string reason, CancellationToken ct = default) =>
        settings.ChangeAsync(draft, reason, Actor, ct);
}
