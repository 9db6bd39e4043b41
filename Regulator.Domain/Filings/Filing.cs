using Regulator.Domain.Common;
using Regulator.Domain.IdentityNumbers;
using Regulator.Domain.Platforms;
using Regulator.Domain.Protection;
using Regulator.Domain.Scoping;
using Regulator.Domain.Identity;

namespace Regulator.Domain.Filings;

/// <summary>
/// A live-stream publisher filed by a platform (主播备案, CAC Art. 12): "real name behind the scenes, any name up
/// front". It belongs to the province where the platform is registered. Identity numbers are held only encrypted,
/// as a keyed blind index and masked; every change of status goes through the methods here and into <see cref="History"/>.
/// A review method returns null when the change was made, or the <see cref="StepFailure"/> that kept it from being
/// made (nothing changes then); it does not throw for a rule a person can break.
/// </summary>
public class Filing : IProvinceOwned, IPlatformOwned
{
    public long Id { get; set; }
    public int PlatformId { get; set; }
    public string ProvinceCode { get; set; } = "";
    public Agency Agency { get; set; }

    /// <summary>The platform's own id for the publisher; unique per platform, the key of idempotent re-sends.</summary>
    public string PlatformPublisherId { get; set; } = "";

    public PublisherType PublisherType { get; set; }
    public string RealName { get; set; } = "";
    public byte[] IdentityCiphertext { get; set; } = [];
    public byte[] IdentityBlindIndex { get; set; } = [];
    public string IdentityMasked { get; set; } = "";

    /// <summary>The individual's document (mainland ID, residence permit, foreign permanent resident ID, other); null for an organisation.</summary>
    public IdentityDocumentType? DocumentType { get; set; }
    public AgeBand? AgeBand { get; set; }
    public List<string> DisplayNames { get; set; } = [];
    public ContentKinds ContentKinds { get; set; }

    public string? GuardianName { get; set; }
    public GuardianRelation? GuardianRelation { get; set; }
    public byte[]? GuardianIdentityCiphertext { get; set; }
    public byte[]? GuardianIdentityBlindIndex { get; set; }
    public string? GuardianIdentityMasked { get; set; }
    public DateOnly? GuardianConsentDate { get; set; }

    public FilingStatus Status { get; set; }

    /// <summary>Why it was returned or rejected; the platform reads it through the API.</summary>
    public string? StatusReason { get; set => field = IdentityScrubber.Scrub(value); }

    /// <summary>Keyed hash of the last submitted content; an identical re-send changes nothing.</summary>
    public byte[] ContentFingerprint { get; set; } = [];

    /// <summary>The submission that last stored or changed the content; reviewers accept a clean one in bulk.</summary>
    public long SubmissionId { get; set; }
    public FilingSubmission? Submission { get; set; }

    /// <summary>The China calendar day the rules were applied on, the day ages are counted to.</summary>
    public DateOnly FiledOn { get; set; }

    public DateTime CreatedUtc { get; set; }
    public DateTime UpdatedUtc { get; set; }
    public DateTime? ReviewedUtc { get; set; }
    public List<FilingHistoryEntry> History { get; set; } = [];

    /// <summary>A new filing from an assessment that passed the intake rules.</summary>
    public static Filing File(FilingAssessment assessment, Platform platform, IdentityProtector protector, byte[] fingerprint,
        FilingSubmission submission, Actor actor, DateOnly filedOn, DateTime nowUtc)
    {
        var filing = new Filing
        {
            PlatformId = platform.Id,
            ProvinceCode = platform.ProvinceCode,
            Agency = platform.Agency,
            PlatformPublisherId = assessment.PlatformPublisherId,
            CreatedUtc = nowUtc,
        };
        filing.Store(assessment, protector, fingerprint, submission, filedOn, nowUtc);
        filing.Record(FilingEvent.Submitted, actor, assessment.ReasonText, nowUtc, assessment.TypedNames);
        return filing;
    }

    /// <summary>The platform sent changed content for an existing publisher: it replaces what was filed and goes back to review.</summary>
    public void Resubmit(FilingAssessment assessment, IdentityProtector protector, byte[] fingerprint,
        FilingSubmission submission, Actor actor, DateOnly filedOn, DateTime nowUtc)
    {
        Store(assessment, protector, fingerprint, submission, filedOn, nowUtc);
        ReviewedUtc = null;
        Record(FilingEvent.Resubmitted, actor, assessment.ReasonText, nowUtc, assessment.TypedNames);
    }

    /// <summary>Identical content already on file and not withdrawn: a re-send is a no-op.</summary>
    public bool IsUnchangedBy(byte[] fingerprint) =>
        Status != FilingStatus.Withdrawn && ContentFingerprint.AsSpan().SequenceEqual(fingerprint);

    /// <summary>Only the administrators of the filing's own province review it (the filing is kept by the provincial office where the platform is registered).</summary>
    public bool MayBeReviewedBy(Actor actor) => actor.IsProvincialAdministratorOf(ProvinceCode);

    /// <summary>
    /// Whether the filing's status lets a reviewer take <paramref name="decision"/>: accept a filing waiting for review;
    /// return it for correction while waiting or accepted; refuse it unless already refused or withdrawn. Pages offer
    /// only these; the decisions themselves check the same rule.
    /// </summary>
    public bool Allows(FilingDecision decision) => AllowedFrom(decision).Contains(Status);

    private static FilingStatus[] AllowedFrom(FilingDecision decision) => decision switch
    {
        FilingDecision.Accept => [FilingStatus.Submitted],
        FilingDecision.ReturnForCorrection => [FilingStatus.Submitted, FilingStatus.Accepted],
        _ => [FilingStatus.Submitted, FilingStatus.ReturnedForCorrection, FilingStatus.Accepted],
    };

    /// <summary>
    /// The reviewer accepts a filing waiting for review. Null when done; otherwise <see cref="StepStatus.Refused"/> for
    /// anyone but an administrator of the filing's province, <see cref="StepStatus.Conflict"/> for another status.
    /// </summary>
    public StepFailure? Accept(Actor reviewer, DateTime nowUtc)
    {
        if ((RefusalOf(reviewer) ?? StatusConflict("通过 (accept)", AllowedFrom(FilingDecision.Accept))) is { } failure) return failure;
        Review(FilingEvent.Accepted, FilingStatus.Accepted, reviewer, null, nowUtc);
        return null;
    }

    /// <summary>
    /// The reviewer returns a filing for correction, stating why. Null when done; otherwise refused, a conflict, or
    /// <see cref="StepStatus.Invalid"/> for a missing or unacceptable reason (field <c>reason</c>).
    /// </summary>
    public StepFailure? ReturnForCorrection(Actor reviewer, string reason, DateTime nowUtc)
    {
        if ((RefusalOf(reviewer) ?? StatusConflict("退回补正 (return for correction)", AllowedFrom(FilingDecision.ReturnForCorrection))) is { } failure) return failure;
        if (StatedReason.Refusal(reason, out var stated) is { } invalid) return invalid;
        Review(FilingEvent.ReturnedForCorrection, FilingStatus.ReturnedForCorrection, reviewer, stated, nowUtc);
        return null;
    }

    /// <summary>The reviewer refuses the filing, stating why. Null when done; failures as for <see cref="ReturnForCorrection"/>.</summary>
    public StepFailure? Reject(Actor reviewer, string reason, DateTime nowUtc)
    {
        if ((RefusalOf(reviewer) ?? StatusConflict("不予备案 (reject)", AllowedFrom(FilingDecision.Reject))) is { } failure) return failure;
        if (StatedReason.Refusal(reason, out var stated) is { } invalid) return invalid;
        Review(FilingEvent.Rejected, FilingStatus.Rejected, reviewer, stated, nowUtc);
        return null;
    }

    /// <summary>
    /// The platform withdraws its own filing, for instance when the publisher closes the account; the reason is
    /// optional but, when given, follows the stated-reason rule. Null when done; otherwise refused (not a platform),
    /// a conflict (already withdrawn or rejected) or invalid (the reason).
    /// </summary>
    public StepFailure? Withdraw(Actor platform, string? reason, DateTime nowUtc)
    {
        if (platform.Kind != ActorKind.Platform)
            return StepFailure.Refused("只有备案平台可以撤回备案 (only the filing platform may withdraw it)");
        if (StatusConflict("撤回 (withdraw)", FilingStatus.Submitted, FilingStatus.ReturnedForCorrection, FilingStatus.Accepted) is { } conflict) return conflict;
        string? stated = null;
        if (!string.IsNullOrWhiteSpace(reason) && StatedReason.Refusal(reason, out stated) is { } invalid) return invalid;
        Status = FilingStatus.Withdrawn;
        StatusReason = stated;
        UpdatedUtc = nowUtc;
        Record(FilingEvent.Withdrawn, platform, StatusReason, nowUtc);
        return null;
    }

    private void Store(FilingAssessment assessment, IdentityProtector protector, byte[] fingerprint, FilingSubmission submission, DateOnly filedOn, DateTime nowUtc)
    {
        var identity = protector.Protect(assessment.IdentityNumber);
        PublisherType = assessment.PublisherType;
        RealName = assessment.RealName;
        IdentityCiphertext = identity.Ciphertext;
        IdentityBlindIndex = identity.BlindIndex;
        IdentityMasked = identity.Masked;
        DocumentType = assessment.DocumentType;
        AgeBand = assessment.AgeBand;
        DisplayNames = [.. assessment.DisplayNames];
        ContentKinds = assessment.ContentKinds;

        var guardian = assessment.Guardian is { } g ? protector.Protect(g.IdentityNumber) : null;
        GuardianName = assessment.Guardian?.Name;
        GuardianRelation = assessment.Guardian?.Relation;
        GuardianIdentityCiphertext = guardian?.Ciphertext;
        GuardianIdentityBlindIndex = guardian?.BlindIndex;
        GuardianIdentityMasked = guardian?.Masked;
        GuardianConsentDate = assessment.Guardian?.ConsentDate;

        Status = assessment.Status;
        StatusReason = assessment.ReasonText;
        ContentFingerprint = fingerprint;
        Submission = submission;
        FiledOn = filedOn;
        UpdatedUtc = nowUtc;
    }

    private void Review(FilingEvent what, FilingStatus to, Actor reviewer, string? reason, DateTime nowUtc)
    {
        Status = to;
        StatusReason = reason;
        ReviewedUtc = nowUtc;
        UpdatedUtc = nowUtc;
        Record(what, reviewer, reason, nowUtc);
    }

    /// <summary>The refusal of a review by anyone but an administrator of the filing's province.</summary>
    public static readonly StepFailure ReviewerOnly =
        StepFailure.Refused("只有备案所在省份的省级管理员可以审核 (only administrators of the filing's province may review it)");

    private StepFailure? RefusalOf(Actor actor) => MayBeReviewedBy(actor) ? null : ReviewerOnly;

    private StepFailure? StatusConflict(string action, params FilingStatus[] allowed) => allowed.Contains(Status) ? null
        : StepFailure.Conflict($"备案当前的状态不能{action} (a filing in status {Status} cannot be moved this way)");

    /// <summary>
    /// Brings the stored names to their canonical form (look-alike middle dots folded to U+00B7) for filings stored
    /// before the fold existed; the names as they were are kept in the history. False when nothing changed.
    /// </summary>
    public bool CanonicalizeNames(DateTime nowUtc)
    {
        var realName = TextRules.FoldMiddleDots(RealName);
        var guardianName = GuardianName is null ? null : TextRules.FoldMiddleDots(GuardianName);
        if (realName == RealName && guardianName == GuardianName) return false;
        var typed = string.Join("；", new[] { realName == RealName ? null : RealName, guardianName == GuardianName ? null : GuardianName }.Where(n => n is not null));
        RealName = realName;
        GuardianName = guardianName;
        Record(FilingEvent.NamesCanonicalized, Actor.System, null, nowUtc, typed);
        return true;
    }

    private void Record(FilingEvent what, Actor actor, string? reason, DateTime nowUtc, string? typedNames = null) => History.Add(new FilingHistoryEntry
    {
        PlatformId = PlatformId,
        ProvinceCode = ProvinceCode,
        OccurredUtc = nowUtc,
        Event = what,
        Status = Status,
        Actor = actor.Name,
        ByRegulator = actor.Kind != ActorKind.Platform,
        Reason = reason,
        TypedNames = typedNames,
    });
}
