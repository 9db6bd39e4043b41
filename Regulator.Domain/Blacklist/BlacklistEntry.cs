using Regulator.Domain.Common;
using Regulator.Domain.Protection;
using Regulator.Domain.Scoping;
using Regulator.Domain.Reports;
using Regulator.Domain.Identity;

namespace Regulator.Domain.Blacklist;

/// <summary>
/// A person (or organisation) proposed for, or on, the national blacklist (CAC Art. 15; MCT opinions 17 and 18).
/// It belongs to the province that proposed it and is circulated to every province once the national office
/// publishes it. The identity is held only encrypted, as a keyed blind index and masked. Every change of state goes
/// through the methods here, which enforce who may make it, and into <see cref="History"/>; each returns null when
/// the change was made, or the <see cref="StepFailure"/> that kept it from being made (nothing changes then).
/// </summary>
public class BlacklistEntry : INationallyCirculated
{
    public long Id { get; set; }

    /// <summary>The proposing province: the administrator's, or for a platform's report the province where it is registered.</summary>
    public string ProvinceCode { get; set; } = "";

    public Agency Agency { get; set; }

    /// <summary>Set when a platform reported the entry through the API (a platform-level blacklisting, Art. 15).</summary>
    public int? ReportingPlatformId { get; set; }

    /// <summary>The substantiated report case the proposal was started from, if any (the case stays its province's to read).</summary>
    public long? SourceCaseId { get; set; }

    public byte[] IdentityCiphertext { get; set; } = [];
    public byte[] IdentityBlindIndex { get; set; } = [];
    public string IdentityMasked { get; set; } = "";

    /// <summary>The names the person broadcast under ("any name up front").</summary>
    public List<string> DisplayNames { get; set; } = [];

    /// <summary>The platforms where the person broadcast and offended.</summary>
    public List<int> PlatformIds { get; set; } = [];

    public int CategoryId { get; set; }
    public ReportCategory? Category { get; set; }
    public string Facts { get; set => field = IdentityScrubber.Scrub(value)!; } = "";
    public List<string> EvidenceReferences { get; set; } = [];

    /// <summary>What the proposer asked for; <see cref="Severity"/> may be higher after escalation.</summary>
    public BlacklistSeverity RequestedSeverity { get; set; }
    public DateOnly? RequestedEndsOn { get; set; }

    public BlacklistSeverity Severity { get; set; }
    public DateOnly StartsOn { get; set; }

    /// <summary>Last day in force; null for a permanent ban.</summary>
    public DateOnly? EndsOn { get; set; }

    /// <summary>The earlier warning whose re-offence raised <see cref="Severity"/>, if any.</summary>
    public long? EscalatedByEntryId { get; set; }

    public BlacklistState State { get; set; }
    public BlacklistLiftGround? LiftGround { get; set; }

    /// <summary>Set once, at publication: from then on every province reads the entry, whatever happens to it later.</summary>
    public bool IsCirculatedNationally { get; set; }

    public DateTime CreatedUtc { get; set; }
    public DateTime UpdatedUtc { get; set; }
    public DateTime? PublishedUtc { get; set; }

    /// <summary>Concurrency token: two administrators (or two portal instances expiring entries) cannot both move the same entry.</summary>
    public int Revision { get; set; }

    public List<BlacklistHistoryEntry> History { get; set; } = [];

    /// <summary>Null when <paramref name="actor"/> may propose an entry (a provincial administrator or a platform, CAC Art. 15); otherwise the refusal.</summary>
    public static StepFailure? ProposerOnly(Actor actor) =>
        actor.Kind is not (ActorKind.ProvincialAdministrator or ActorKind.Platform) || actor.ProvinceCode is null
            ? StepFailure.Refused("只有省级管理员或平台可以提出列入黑名单 (only provincial administrators or platforms may propose an entry)")
            : null;

    /// <summary>
    /// A new proposal from a valid assessment; refused for anyone but a provincial administrator or a platform (with
    /// a province). The entry is not yet stored.
    /// </summary>
    /// <exception cref="ArgumentException">For an assessment with problems: the caller answers those first.</exception>
    public static StepResult<BlacklistEntry> Propose(BlacklistAssessment assessment, ProtectedIdentity identity, Actor proposer, Agency agency, DateTime nowUtc)
    {
        if (!assessment.IsValid) throw new ArgumentException("Only a valid assessment can be proposed.", nameof(assessment));
        if (ProposerOnly(proposer) is { } refused) return refused;
        var entry = new BlacklistEntry
        {
            ProvinceCode = proposer.ProvinceCode!,
            Agency = agency,
            ReportingPlatformId = proposer.PlatformId,
            IdentityCiphertext = identity.Ciphertext,
            IdentityBlindIndex = identity.BlindIndex,
            IdentityMasked = identity.Masked,
            DisplayNames = [.. assessment.DisplayNames],
            PlatformIds = [.. assessment.PlatformIds],
            CategoryId = assessment.Category!.Id,
            Category = assessment.Category,
            Facts = assessment.Facts,
            EvidenceReferences = [.. assessment.EvidenceReferences],
            RequestedSeverity = assessment.Severity,
            RequestedEndsOn = assessment.EndsOn,
            Severity = assessment.Severity,
            StartsOn = assessment.StartsOn,
            EndsOn = assessment.EndsOn,
            State = BlacklistState.Proposed,
            CreatedUtc = nowUtc,
        };
        entry.Record(BlacklistEvent.Proposed, proposer, assessment.Facts, nowUtc);
        return entry;
    }

    public bool IsInForceOn(DateOnly day) => State == BlacklistState.Published && (EndsOn is null || EndsOn >= day);

    /// <summary>
    /// Re-offending during or after a warning period escalates the next entry one step (MCT opinion 18: warning and
    /// comeback management). Called at proposal and again at publication, when every earlier entry's fate is known;
    /// it works from the requested severity, so calling it twice changes nothing.
    /// </summary>
    public void ApplyEscalation(IEnumerable<BlacklistEntry> sameIdentity, DateTime nowUtc)
    {
        if (State is not (BlacklistState.Proposed or BlacklistState.Confirmed)) return;
        var warning = sameIdentity.Where(IsEarlierEffectiveWarning).OrderBy(e => e.StartsOn).ThenBy(e => e.Id).LastOrDefault();
        var severity = warning is null ? RequestedSeverity : StepUp(RequestedSeverity);
        if (severity == Severity && warning?.Id == EscalatedByEntryId) return;
        var raised = severity > Severity;
        var withdrawn = severity < Severity;
        Severity = severity;
        EndsOn = severity == BlacklistSeverity.Permanent ? null : RequestedEndsOn;
        EscalatedByEntryId = warning?.Id;
        if (raised)
            Record(BlacklistEvent.Escalated, Actor.System, $"警示期内或警示期后再次违规，依第 {warning!.Id} 号警示记录升级 (re-offence during or after the warning of entry {warning.Id})", nowUtc);
        else if (withdrawn)
            Record(BlacklistEvent.EscalationWithdrawn, Actor.System, "据以升级的警示记录已因申诉成立解除 (the warning that caused the escalation was voided on appeal)", nowUtc);
    }

    /// <summary>The refusal when the administrator who proposed an entry tries to confirm it.</summary>
    public const string ProposerMayNotConfirm = "提出人不能确认自己提出的记录，须由本省另一名管理员确认 (the administrator who proposed an entry cannot confirm it; another administrator of the province must)";

    /// <summary>
    /// The proposing province confirms a proposal; a different administrator from the one who proposed it. Null when
    /// done; otherwise refused (another role or province, or the proposer), a conflict (not a proposal) or invalid
    /// (the reason, field <c>reason</c>).
    /// </summary>
    public StepFailure? Confirm(Actor actor, string reason, DateTime nowUtc)
    {
        if (!actor.IsProvincialAdministratorOf(ProvinceCode))
            return StepFailure.Refused("只有提出省份的省级管理员可以确认 (only administrators of the proposing province may confirm)");
        // Separation of duties: a listing restricts a person's work on every platform, so a second administrator
        // checks the proposal. The history must be loaded to know the proposer; without it nobody may confirm.
        if (History.Count == 0 || History.Any(h => h.Event == BlacklistEvent.Proposed && h.Actor == actor.Name))
            return StepFailure.Refused(ProposerMayNotConfirm);
        return StateConflict("确认 (confirm)", BlacklistState.Proposed)
            ?? Move(BlacklistEvent.Confirmed, BlacklistState.Confirmed, actor, reason, nowUtc);
    }

    /// <summary>
    /// The province does not confirm a proposal, or the national office does not publish a confirmed entry. Null when
    /// done; otherwise refused (not the office whose turn it is), a conflict (neither proposed nor confirmed) or invalid
    /// (the reason). Both refusals keep the one message that names the state.
    /// </summary>
    public StepFailure? Decline(Actor actor, string reason, DateTime nowUtc)
    {
        bool? allowed = State switch
        {
            BlacklistState.Proposed => actor.IsProvincialAdministratorOf(ProvinceCode),
            BlacklistState.Confirmed => actor.IsNationalAdministrator,
            _ => null,
        };
        var message = $"当前状态（{State}）下您不能不予采纳 (you cannot decline an entry in state {State})";
        if (allowed is null) return StepFailure.Conflict(message);
        if (allowed == false) return StepFailure.Refused(message);
        return Move(BlacklistEvent.Declined, BlacklistState.Declined, actor, reason, nowUtc);
    }

    /// <summary>
    /// The national office publishes a confirmed entry to every province and the platforms' feed. Null when done;
    /// otherwise refused (not the national office), a conflict (not confirmed, or its period already over) or invalid
    /// (the reason).
    /// </summary>
    public StepFailure? Publish(Actor actor, string reason, DateOnly today, DateTime nowUtc)
    {
        if ((NationalOnly(actor, "发布 (publish)") ?? StateConflict("发布 (publish)", BlacklistState.Confirmed)) is { } failure) return failure;
        if (EndsOn is { } ends && ends < today)
            return StepFailure.Conflict("处置期限已过，无需发布 (the period is already over; there is nothing to publish)");
        if (Move(BlacklistEvent.Published, BlacklistState.Published, actor, reason, nowUtc) is { } invalid) return invalid;
        IsCirculatedNationally = true;
        PublishedUtc = nowUtc;
        return null;
    }

    /// <summary>
    /// The national office lifts a published entry on a ground (period served, appeal upheld). Null when done;
    /// otherwise refused (not the national office), a conflict (not published) or invalid (no such ground, field
    /// <c>ground</c>; or the reason).
    /// </summary>
    public StepFailure? Lift(Actor actor, BlacklistLiftGround ground, string reason, DateTime nowUtc)
    {
        if ((NationalOnly(actor, "解除 (lift)") ?? StateConflict("解除 (lift)", BlacklistState.Published)) is { } failure) return failure;
        if (!Enum.IsDefined(ground))
            return StepFailure.Invalid(new Dictionary<string, string> { ["ground"] = "请选择解除依据 (choose the ground for lifting)" });
        if (Move(BlacklistEvent.Lifted, BlacklistState.Lifted, actor, reason, nowUtc) is { } invalid) return invalid;
        LiftGround = ground;
        return null;
    }

    /// <summary>
    /// The portal expires an entry the day after its last day in force. Null when done; a conflict when the entry is
    /// not published or still in force.
    /// </summary>
    public StepFailure? Expire(DateOnly today, DateTime nowUtc)
    {
        if (StateConflict("到期 (expire)", BlacklistState.Published) is { } failure) return failure;
        if (EndsOn is not { } ends || ends >= today)
            return StepFailure.Conflict("尚未到期 (the entry is still in force)");
        return Move(BlacklistEvent.Expired, BlacklistState.Expired, Actor.System, $"期限已于 {ends:yyyy-MM-dd} 届满 (the period ended on {ends:yyyy-MM-dd})", nowUtc);
    }

    // A warning counts once it took effect (was published) and was not voided on appeal, whether its period is still
    // running ("during") or over ("after"). It must come before this entry.
    private bool IsEarlierEffectiveWarning(BlacklistEntry other) =>
        other.Id != Id
        && other.IdentityBlindIndex.AsSpan().SequenceEqual(IdentityBlindIndex)
        && other.Severity == BlacklistSeverity.Warning
        && other.PublishedUtc is not null
        && other.LiftGround != BlacklistLiftGround.AppealUpheld
        && (other.StartsOn < StartsOn || (other.StartsOn == StartsOn && (Id == 0 || other.Id < Id)));

    // The ladder: warning → timed ban (keeping the requested end) → permanent ban.
    private static BlacklistSeverity StepUp(BlacklistSeverity severity) =>
        severity == BlacklistSeverity.Warning ? BlacklistSeverity.TimedBan : BlacklistSeverity.Permanent;

    // Every transition states why; the reason is kept in the history and the audit log. Nothing changes when it is refused.
    private StepFailure? Move(BlacklistEvent what, BlacklistState to, Actor actor, string reason, DateTime nowUtc)
    {
        if (StatedReason.Refusal(reason, out var stated) is { } invalid) return invalid;
        State = to;
        Record(what, actor, stated, nowUtc);
        return null;
    }

    private static StepFailure? NationalOnly(Actor actor, string action) => actor.IsNationalAdministrator ? null
        : StepFailure.Refused($"只有国家级管理员可以{action} (only the national office may do this)");

    private StepFailure? StateConflict(string action, params BlacklistState[] allowed) => allowed.Contains(State) ? null
        : StepFailure.Conflict($"当前状态（{State}）不能{action} (an entry in state {State} cannot be moved this way)");

    private void Record(BlacklistEvent what, Actor actor, string reason, DateTime nowUtc)
    {
        UpdatedUtc = nowUtc;
        Revision++;
        History.Add(new BlacklistHistoryEntry
        {
            OccurredUtc = nowUtc,
            Event = what,
            State = State,
            Severity = Severity,
            Actor = actor.Name,
            ActorKind = actor.Kind,
            Reason = reason,
        });
    }
}
