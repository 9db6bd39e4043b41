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
/// through the methods here, which enforce who may make it, and into <see cref="History"/>.
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

    public static BlacklistEntry Propose(BlacklistAssessment assessment, ProtectedIdentity identity, Actor proposer, Agency agency, DateTime nowUtc)
    {
        if (!assessment.IsValid) throw new ArgumentException("Only a valid assessment can be proposed.", nameof(assessment));
        if (proposer.Kind is not (ActorKind.ProvincialAdministrator or ActorKind.Platform) || proposer.ProvinceCode is null)
            throw new BlacklistTransitionException("只有省级管理员或平台可以提出列入黑名单 (only provincial administrators or platforms may propose an entry)");
        var entry = new BlacklistEntry
        {
            ProvinceCode = proposer.ProvinceCode,
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

    /// <summary>The proposing province confirms a proposal; a different administrator from the one who proposed it.</summary>
    public void Confirm(Actor actor, string reason, DateTime nowUtc)
    {
        if (!actor.IsProvincialAdministratorOf(ProvinceCode))
            throw new BlacklistTransitionException("只有提出省份的省级管理员可以确认 (only administrators of the proposing province may confirm)");
        // Separation of duties: a listing restricts a person's work on every platform, so a second administrator
        // checks the proposal. The history must be loaded to know the proposer; without it nobody may confirm.
        if (History.Count == 0 || History.Any(h => h.Event == BlacklistEvent.Proposed && h.Actor == actor.Name))
            throw new BlacklistTransitionException(ProposerMayNotConfirm);
        RequireState("确认 (confirm)", BlacklistState.Proposed);
        Move(BlacklistEvent.Confirmed, BlacklistState.Confirmed, actor, reason, nowUtc);
    }

    /// <summary>The province does not confirm a proposal, or the national office does not publish a confirmed entry.</summary>
    public void Decline(Actor actor, string reason, DateTime nowUtc)
    {
        var allowed = State switch
        {
            BlacklistState.Proposed => actor.IsProvincialAdministratorOf(ProvinceCode),
            BlacklistState.Confirmed => actor.IsNationalAdministrator,
            _ => false,
        };
        if (!allowed)
            throw new BlacklistTransitionException($"当前状态（{State}）下您不能不予采纳 (you cannot decline an entry in state {State})");
        Move(BlacklistEvent.Declined, BlacklistState.Declined, actor, reason, nowUtc);
    }

    public void Publish(Actor actor, string reason, DateOnly today, DateTime nowUtc)
    {
        RequireNational(actor, "发布 (publish)");
        RequireState("发布 (publish)", BlacklistState.Confirmed);
        if (EndsOn is { } ends && ends < today)
            throw new BlacklistTransitionException("处置期限已过，无需发布 (the period is already over; there is nothing to publish)");
        IsCirculatedNationally = true;
        PublishedUtc = nowUtc;
        Move(BlacklistEvent.Published, BlacklistState.Published, actor, reason, nowUtc);
    }

    public void Lift(Actor actor, BlacklistLiftGround ground, string reason, DateTime nowUtc)
    {
        RequireNational(actor, "解除 (lift)");
        RequireState("解除 (lift)", BlacklistState.Published);
        if (!Enum.IsDefined(ground)) throw new BlacklistTransitionException("请选择解除依据 (choose the ground for lifting)");
        LiftGround = ground;
        Move(BlacklistEvent.Lifted, BlacklistState.Lifted, actor, reason, nowUtc);
    }

    /// <summary>The portal expires an entry the day after its last day in force.</summary>
    public void Expire(DateOnly today, DateTime nowUtc)
    {
        RequireState("到期 (expire)", BlacklistState.Published);
        if (EndsOn is not { } ends || ends >= today)
            throw new BlacklistTransitionException("尚未到期 (the entry is still in force)");
        Move(BlacklistEvent.Expired, BlacklistState.Expired, Actor.System, $"期限已于 {ends:yyyy-MM-dd} 届满 (the period ended on {ends:yyyy-MM-dd})", nowUtc);
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

    private void Move(BlacklistEvent what, BlacklistState to, Actor actor, string reason, DateTime nowUtc)
    {
        var stated = BlacklistRules.CheckStatedReason(reason);
        State = to;
        Record(what, actor, stated, nowUtc);
    }

    private static void RequireNational(Actor actor, string action)
    {
        if (!actor.IsNationalAdministrator)
            throw new BlacklistTransitionException($"只有国家级管理员可以{action} (only the national office may do this)");
    }

    private void RequireState(string action, params BlacklistState[] allowed)
    {
        if (!allowed.Contains(State))
            throw new BlacklistTransitionException($"当前状态（{State}）不能{action} (an entry in state {State} cannot be moved this way)");
    }

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
