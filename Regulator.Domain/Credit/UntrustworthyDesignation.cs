using Regulator.Domain.Common;
using Regulator.Domain.Reports;
using Regulator.Domain.Scoping;
using Regulator.Domain.Identity;

namespace Regulator.Domain.Credit;

/// <summary>
/// The procedure that lists a subject as an untrustworthy entity (失信主体, MCT opinion 14), from proposal to removal.
/// It belongs to the proposing province (the subject's home province). The steps are methods here that enforce who may
/// take them and when; each appends to <see cref="History"/>. A step the rules do not allow now or to this actor changes
/// nothing and returns why as a <see cref="StepFailure"/> (refused for the actor's role or province, conflict for the
/// procedure's state or a deadline, invalid for what was entered); a step taken returns null. Deadlines are counted in working days on the portal's
/// <see cref="WorkingCalendar"/>; the day of the notice is not counted.
/// </summary>
public class UntrustworthyDesignation : IProvinceOwned
{
    public long Id { get; set; }
    public long SubjectId { get; set; }
    public CreditSubject? Subject { get; set; }
    public string ProvinceCode { get; set; } = "";
    public Agency Agency { get; set; }
    public int CriterionId { get; set; }
    public UntrustworthyCriterion? Criterion { get; set; }
    public DesignationLevel Level { get; set; }
    public DesignationState State { get; set; }

    /// <summary>The credit facts the listing rests on (ids of <see cref="CreditFact"/> of the subject).</summary>
    public List<long> FactIds { get; set; } = [];

    /// <summary>The facts as the notice and the decision state them.</summary>
    public string Facts { get; set; } = "";

    /// <summary>The management measures intended (notice) and then decided.</summary>
    public List<string> Measures { get; set; } = [];

    public int PeriodMonths { get; set; }

    public string ProposedById { get; set; } = "";
    public string ProposedByName { get; set; } = "";
    public DateTime ProposedUtc { get; set; }
    public DateOnly NoticeIssuedOn { get; set; }

    /// <summary>Last working day on which a statement and defence is accepted.</summary>
    public DateOnly DefenceDueOn { get; set; }

    public string? DefenceStatement { get; set; }
    public List<string> DefenceAttachments { get; set; } = [];
    public DateOnly? DefenceReceivedOn { get; set; }

    public string? DecidedById { get; set; }
    public string? DecidedByName { get; set; }
    public DateOnly? DecidedOn { get; set; }
    public string? DecisionReason { get; set; }

    /// <summary>First and last day of the listing (publication day to the end of the period).</summary>
    public DateOnly? StartsOn { get; set; }
    public DateOnly? EndsOn { get; set; }

    /// <summary>How the public page names the subject: an organisation by name, a person by surname and "*".</summary>
    public string? PublicName { get; set; }

    /// <summary>An organisation's unified social credit code, a person's masked number.</summary>
    public string? PublicCode { get; set; }

    public DateOnly? RemovedOn { get; set; }
    public DesignationRemovalGround? RemovalGround { get; set; }

    public RepairState? Repair { get; set; }
    public DateOnly? RepairAppliedOn { get; set; }
    public string? RepairEvidence { get; set; }
    public string? RepairCommitment { get; set; }
    public DateOnly? RepairDueOn { get; set; }
    public string? RepairDecisionReason { get; set; }

    public long? NoticeDocumentId { get; set; }
    public long? DecisionDocumentId { get; set; }

    public List<DesignationAppeal> Appeals { get; set; } = [];
    public List<DesignationHistoryEntry> History { get; set; } = [];

    /// <summary>Concurrency token: two administrators cannot both decide the same procedure.</summary>
    public int Revision { get; set; }

    public bool IsInForceOn(DateOnly day) => State == DesignationState.Listed && StartsOn <= day && EndsOn >= day;

    /// <summary>
    /// Step 1–2: a provincial administrator of the subject's province proposes, and the notice period starts. Refused
    /// for anyone else; invalid when the facts are not the subject's or do not meet the criterion, the narrative is
    /// empty or the period is not 1–60 months.
    /// </summary>
    public static StepResult<UntrustworthyDesignation> Propose(CreditSubject subject, UntrustworthyCriterion criterion, IReadOnlyList<CreditFact> facts, string narrative,
        IReadOnlyList<string> measures, int periodMonths, Actor proposer, WorkingCalendar calendar, int defenceWorkingDays, DateOnly today, DateTime nowUtc)
    {
        if (proposer.Kind != ActorKind.ProvincialAdministrator || proposer.ProvinceCode != subject.ProvinceCode)
            return StepFailure.Refused("只有主体所在省份的省级管理员可以提出认定 (only an administrator of the subject's province may propose a listing)");
        if (facts.Any(f => f.SubjectId != subject.Id))
            return StepFailure.Invalid("所列事实不属于该主体 (a fact cited is not the subject's)");
        var supporting = facts.Count(f => f.WithdrawnUtc is null && criterion.FactKinds.Contains(f.Kind));
        if (supporting < criterion.MinimumFacts)
            return StepFailure.Invalid($"不符合认定标准：需要至少 {criterion.MinimumFacts} 项相应事实 (the criterion needs at least {criterion.MinimumFacts} supporting facts; {supporting} given)");
        if (string.IsNullOrWhiteSpace(narrative)) return StepFailure.Invalid("请写明认定事实 (state the facts)");
        if (periodMonths is < 1 or > 60) return StepFailure.Invalid("管理期限应为 1 至 60 个月 (the period must be 1 to 60 months)");
        var designation = new UntrustworthyDesignation
        {
            SubjectId = subject.Id,
            Subject = subject,
            ProvinceCode = subject.ProvinceCode,
            Agency = subject.Agency,
            CriterionId = criterion.Id,
            Criterion = criterion,
            Level = criterion.Level,
            State = DesignationState.Proposed,
            FactIds = [.. facts.Select(f => f.Id)],
            Facts = narrative.Trim(),
            Measures = measures.Count > 0 ? [.. measures] : [.. criterion.DefaultMeasures],
            PeriodMonths = periodMonths,
            ProposedById = proposer.UserId,
            ProposedByName = proposer.Name,
            ProposedUtc = nowUtc,
            NoticeIssuedOn = today,
            DefenceDueOn = calendar.AddWorkingDays(today, defenceWorkingDays),
        };
        designation.Record("proposed", proposer, today, nowUtc, $"{criterion.Code} {criterion.LegalBasis}");
        designation.Record("notice-issued", proposer, today, nowUtc, $"陈述申辩期限至 {designation.DefenceDueOn:yyyy-MM-dd}（{defenceWorkingDays} 个工作日）");
        return designation;
    }

    /// <summary>Step 3: the party's statement and defence, accepted up to the end of <see cref="DefenceDueOn"/>. Null when recorded, else why not.</summary>
    public StepFailure? RecordDefence(string statement, IReadOnlyList<string> attachments, Actor recorder, DateOnly receivedOn, DateTime nowUtc)
    {
        if ((Require(DesignationState.Proposed) ?? RequireAdministrator(recorder)) is { } refusal) return refusal;
        if (DefenceStatement is not null) return StepFailure.Conflict("陈述申辩已记录 (the defence is already recorded)");
        if (receivedOn > DefenceDueOn) return StepFailure.Conflict($"已超过陈述申辩期限 {DefenceDueOn:yyyy-MM-dd} (the defence period ended)");
        if (string.IsNullOrWhiteSpace(statement)) return StepFailure.Invalid("请填写陈述申辩内容 (the statement is empty)");
        DefenceStatement = statement.Trim();
        DefenceAttachments = [.. attachments];
        DefenceReceivedOn = receivedOn;
        Record("defence-recorded", recorder, receivedOn, nowUtc, $"附件 {attachments.Count} 件");
        return null;
    }

    /// <summary>
    /// Step 4–5: the decision, by someone other than the proposer, once the defence is in or its period has lapsed. To
    /// list is to publish: the listing runs from <paramref name="today"/> for <see cref="PeriodMonths"/>. Null when
    /// decided; refused for the proposer, conflict before the defence period ends, invalid without a stated reason.
    /// </summary>
    public StepFailure? Decide(bool list, string reason, Actor decider, string publicName, string publicCode, DateOnly today, DateTime nowUtc)
    {
        if ((Require(DesignationState.Proposed) ?? RequireAdministrator(decider)) is { } refusal) return refusal;
        if (decider.UserId == ProposedById)
            return StepFailure.Refused("提出认定的人员不能作出决定 (the proposer cannot decide)");
        if (DefenceStatement is null && today <= DefenceDueOn)
            return StepFailure.Conflict($"陈述申辩期限 {DefenceDueOn:yyyy-MM-dd} 尚未届满 (the defence period has not ended)");
        if (StatedReason.Refusal(reason, out var stated) is { } invalid) return invalid;
        if (DefenceStatement is null) Record("defence-lapsed", Actor.System, DefenceDueOn.AddDays(1), nowUtc, "期限内未提出陈述申辩");
        DecidedById = decider.UserId;
        DecidedByName = decider.Name;
        DecidedOn = today;
        DecisionReason = stated;
        if (!list)
        {
            State = DesignationState.NotListed;
            Record("not-listed", decider, today, nowUtc, DecisionReason);
            return null;
        }
        State = DesignationState.Listed;
        StartsOn = today;
        EndsOn = today.AddMonths(PeriodMonths).AddDays(-1);
        PublicName = publicName;
        PublicCode = publicCode;
        Record("decided", decider, today, nowUtc, DecisionReason);
        Record("published", decider, today, nowUtc, $"{StartsOn:yyyy-MM-dd} 至 {EndsOn:yyyy-MM-dd}");
        return null;
    }

    /// <summary>Step 7a: the daily job removes a listing the day after its period ends. Null when removed; a conflict while the listing is not in force or its period runs.</summary>
    public StepFailure? RemoveAtPeriodEnd(DateOnly today, DateTime nowUtc)
    {
        if (Require(DesignationState.Listed) is { } refusal) return refusal;
        if (EndsOn >= today) return StepFailure.Conflict("管理期限尚未届满 (the period has not ended)");
        Remove(DesignationRemovalGround.PeriodEnded, Actor.System, today, nowUtc, $"管理期限于 {EndsOn:yyyy-MM-dd} 届满");
        return null;
    }

    /// <summary>
    /// Step 7b: a credit repair application (信用修复) with evidence of correction and a commitment; decided within the
    /// review period. Null when recorded; a conflict while another is pending, invalid without evidence or commitment.
    /// </summary>
    public StepFailure? ApplyForRepair(string evidence, string commitment, Actor recorder, WorkingCalendar calendar, int reviewWorkingDays, DateOnly today, DateTime nowUtc)
    {
        if ((Require(DesignationState.Listed) ?? RequireAdministrator(recorder)) is { } refusal) return refusal;
        if (Repair == RepairState.Pending) return StepFailure.Conflict("已有待审查的信用修复申请 (a repair application is pending)");
        if (string.IsNullOrWhiteSpace(evidence)) return StepFailure.Invalid("请提供已纠正失信行为的证明材料 (evidence of correction is required)");
        if (string.IsNullOrWhiteSpace(commitment)) return StepFailure.Invalid("请提供信用承诺 (a commitment is required)");
        Repair = RepairState.Pending;
        RepairAppliedOn = today;
        RepairEvidence = evidence.Trim();
        RepairCommitment = commitment.Trim();
        RepairDueOn = calendar.AddWorkingDays(today, reviewWorkingDays);
        RepairDecisionReason = null;
        Record("repair-applied", recorder, today, nowUtc, $"审查期限至 {RepairDueOn:yyyy-MM-dd}");
        return null;
    }

    /// <summary>The repair decision; granting removes the listing at once, published as removed. Null when decided, else why not.</summary>
    public StepFailure? DecideRepair(bool grant, string reason, Actor decider, DateOnly today, DateTime nowUtc)
    {
        if ((Require(DesignationState.Listed) ?? RequireAdministrator(decider)) is { } refusal) return refusal;
        if (Repair != RepairState.Pending) return StepFailure.Conflict("没有待审查的信用修复申请 (no repair application is pending)");
        if (StatedReason.Refusal(reason, out var stated) is { } invalid) return invalid;
        Repair = grant ? RepairState.Granted : RepairState.Refused;
        RepairDecisionReason = stated;
        Record(grant ? "repair-granted" : "repair-refused", decider, today, nowUtc, RepairDecisionReason);
        if (grant) Remove(DesignationRemovalGround.CreditRepaired, decider, today, nowUtc, RepairDecisionReason);
        return null;
    }

    /// <summary>An appeal against the decision; one that is upheld annuls the listing. Null when recorded, else why not.</summary>
    public StepFailure? RecordAppeal(DesignationAppeal appeal, Actor recorder, DateOnly today, DateTime nowUtc)
    {
        if (State is not (DesignationState.Listed or DesignationState.Removed)) return StepFailure.Conflict("只有已作出认定的决定可以申请复议或诉讼 (only a listing decision can be appealed)");
        if (RequireAdministrator(recorder) is { } refusal) return refusal;
        Appeals = [.. Appeals, appeal];
        Record("appeal-recorded", recorder, today, nowUtc, $"{appeal.Body}：{appeal.Outcome ?? "审理中"}");
        if (appeal.Upheld && State == DesignationState.Listed) Remove(DesignationRemovalGround.AppealUpheld, recorder, today, nowUtc, appeal.Outcome ?? appeal.Body);
        return null;
    }

    private void Remove(DesignationRemovalGround ground, Actor actor, DateOnly today, DateTime nowUtc, string details)
    {
        State = DesignationState.Removed;
        RemovalGround = ground;
        RemovedOn = today;
        Record("removed", actor, today, nowUtc, details);
    }

    private StepFailure? Require(DesignationState state) =>
        State == state ? null : StepFailure.Conflict($"当前状态（{State}）不允许此操作 (not allowed in state {State})");

    private StepFailure? RequireAdministrator(Actor actor) => actor.Kind == ActorKind.System || actor.MayAdminister(ProvinceCode)
        ? null
        : StepFailure.Refused("无权办理该省的认定程序 (not an administrator of this province)");

    private void Record(string step, Actor actor, DateOnly day, DateTime nowUtc, string details)
    {
        Revision++;
        History = [.. History, new DesignationHistoryEntry(step, nowUtc, day, actor.Name, details)];
    }
}
