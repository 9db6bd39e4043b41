using Microsoft.EntityFrameworkCore;
using Regulator.Domain.Auditing;
using Regulator.Domain.Common;
using Regulator.Domain.Persistence;
using Regulator.Domain.Platforms;
using Regulator.Domain.Protection;
using Regulator.Domain.Reports;
using Regulator.Domain.Identity;

namespace Regulator.Domain.Blacklist;

/// <summary>
/// The circulation of entries between provinces and the national office (CAC Art. 15). Entries are read through the
/// central scoping filter, so a province acting on another province's proposal finds nothing
/// (<see cref="StepStatus.NotFound"/>) and changes nothing. Every step returns a <see cref="StepResult{T}"/>; a step
/// not taken changes and audits nothing, and one that lost a race to another administrator is
/// <see cref="ChangedMeanwhile"/>. Each transition is audited with its reason; publication and lifting also reach the feed.
/// </summary>
public sealed class BlacklistCirculation(RegulatorDbContext db, IdentityProtector protector, BlacklistFeedWriter feed, AuditLog audit, TimeProvider clock)
{
    /// <summary>
    /// A provincial administrator's proposal, or a platform's report of its own blacklisting (CAC Art. 15). The number
    /// is checked, then kept only encrypted, indexed and masked; an earlier warning of the same person escalates it.
    /// Done with the stored proposal; invalid with each field's problems keyed by the proposal's wire field names
    /// (<c>identityNumber</c>, <c>displayNames</c>, … <c>sourceCaseId</c>, as <see cref="BlacklistProblem.Field"/>);
    /// refused for anyone but a provincial administrator or a platform.
    /// </summary>
    public async Task<StepResult<BlacklistEntry>> ProposeAsync(BlacklistProposal draft, Actor proposer, Agency agency, CancellationToken ct = default)
    {
        var (checkedDraft, fromFiling) = await AssessAsync(draft, ct);
        if (checkedDraft.Failure is { } failure) return failure;
        var assessment = checkedDraft.Value;
        var category = assessment.Category;

        var identity = protector.Protect(assessment.IdentityNumber);
        var proposed = BlacklistEntry.Propose(assessment, identity, proposer, agency, Now);
        if (!proposed.Succeeded) return proposed;
        var entry = proposed.Value;
        entry.SourceCaseId = draft.SourceCaseId;
        entry.ApplyEscalation(await EntriesOfAsync([identity.BlindIndex], ct), Now);
        db.BlacklistEntries.Add(entry);
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync(AuditActions.BlacklistProposed, nameof(BlacklistEntry), entry.Id.ToString(), entry.ProvinceCode,
            reason: category!.Code, details: $"{entry.Severity} {entry.IdentityMasked} by {proposer.Name}" + (fromFiling ? $" (identity of filing #{draft.FilingId})" : ""), ct: ct);
        return entry;
    }

    /// <summary>
    /// The checks of <see cref="ProposeAsync"/> alone, storing nothing: a page shows every field's problem before it asks
    /// the proposer to confirm. Done with the assessment; invalid as <see cref="ProposeAsync"/>; refused as it.
    /// </summary>
    public async Task<StepResult<BlacklistAssessment>> CheckAsync(BlacklistProposal draft, Actor proposer, CancellationToken ct = default)
    {
        if (BlacklistEntry.ProposerOnly(proposer) is { } refused) return refused;
        return (await AssessAsync(draft, ct)).Assessment;
    }

    private async Task<(StepResult<BlacklistAssessment> Assessment, bool FromFiling)> AssessAsync(BlacklistProposal draft, CancellationToken ct)
    {
        var normalized = IdentityProtector.Normalize(draft.IdentityNumber);
        // A typed number wins; a filing the proposer cannot see (another province's) is not found and leaves the number missing.
        var fromFiling = normalized.Length == 0 && draft.FilingId is { } filingId
            ? await db.Filings.AsNoTracking().Where(f => f.Id == filingId).Select(f => f.IdentityCiphertext).FirstOrDefaultAsync(ct)
            : null;
        var usedFiling = fromFiling is not null;
        if (usedFiling) normalized = protector.Decrypt(fromFiling!);
        var category = draft.CategoryCode is { } code ? await db.ReportCategories.FirstOrDefaultAsync(c => c.Code == code, ct) : null;
        // Where the person broadcast may be anywhere in the country.
        var registered = (await PlatformNames.LookupAsync(db, draft.PlatformIds ?? [], ct)).Keys.ToHashSet();
        var assessment = BlacklistRules.Assess(draft, normalized, category, registered, ChinaTime.Today(clock));
        if (!assessment.IsValid) return (BlacklistRules.Refusal(assessment.Problems), usedFiling);
        // Only a case the proposer can open and that was found true may be cited as the source.
        if (draft.SourceCaseId is { } caseId && !await db.ReportCases.Where(BlacklistCaseDraft.IsSubstantiated).AnyAsync(c => c.Id == caseId, ct))
            return (BlacklistRules.Refusal([new("sourceCaseId", BlacklistProblemCodes.UnknownCase, "来源举报案件不存在或未查证属实 (the source case was not found or not substantiated)")]), usedFiling);
        return (assessment, usedFiling);
    }

    /// <summary>
    /// The proposing province confirms a proposal (a second administrator). Done with the confirmed entry; not found
    /// when the entry is not visible; otherwise as <see cref="BlacklistEntry.Confirm"/> says.
    /// </summary>
    public Task<StepResult<BlacklistEntry>> ConfirmAsync(long id, Actor actor, string reason, CancellationToken ct = default) =>
        MoveAsync(id, entry => entry.Confirm(actor, reason, Now), AuditActions.BlacklistConfirmed, ct);

    /// <summary>
    /// A proposal not confirmed, or a confirmed entry not published. Done with the declined entry; not found when the
    /// entry is not visible; otherwise as <see cref="BlacklistEntry.Decline"/> says.
    /// </summary>
    public Task<StepResult<BlacklistEntry>> DeclineAsync(long id, Actor actor, string reason, CancellationToken ct = default) =>
        MoveAsync(id, entry => entry.Decline(actor, reason, Now), AuditActions.BlacklistDeclined, ct);

    /// <summary>
    /// The national office approves confirmed entries in bulk; done with the published entries. All or nothing: one
    /// entry that cannot be published (already moved by someone else, or its period over) stops the batch with its
    /// failure (see <see cref="BlacklistEntry.Publish"/>), and nothing is published. Not found when none of the ids is visible.
    /// </summary>
    public async Task<StepResult<IReadOnlyList<BlacklistEntry>>> PublishAsync(IReadOnlyCollection<long> ids, Actor actor, string reason, CancellationToken ct = default)
    {
        var entries = await db.BlacklistEntries.Include(e => e.Category).Where(e => ids.Contains(e.Id)).ToListAsync(ct);
        if (entries.Count == 0) return StepFailure.NotFound;
        var identities = entries.Select(e => e.IdentityBlindIndex).ToList();
        return await feed.ChangeAsync<StepResult<IReadOnlyList<BlacklistEntry>>>(identities, async () =>
        {
            var earlier = await EntriesOfAsync(identities, ct);
            var today = ChinaTime.Today(clock);
            // Oldest offence first, so a warning published in this batch counts for a later entry of the same person.
            foreach (var entry in entries.OrderBy(e => e.StartsOn).ThenBy(e => e.Id))
            {
                // Decided at publication, when every earlier warning's fate is known.
                entry.ApplyEscalation(earlier, Now);
                if (entry.Publish(actor, reason, today, Now) is { } failure)
                {
                    // Nothing was saved; the entries moved so far in memory are forgotten, so the feed sees no change.
                    db.ChangeTracker.Clear();
                    return StepResult<IReadOnlyList<BlacklistEntry>>.Failed(failure);
                }
                Audit(entry, AuditActions.BlacklistPublished);
            }
            return await SavedAsync(ct) ?? StepResult<IReadOnlyList<BlacklistEntry>>.Done(entries);
        }, ct);
    }

    /// <summary>
    /// The national office lifts a published entry on <paramref name="ground"/>; the feed tells the platforms. Done
    /// with the lifted entry; not found when the entry is not visible; otherwise as <see cref="BlacklistEntry.Lift"/> says.
    /// </summary>
    public async Task<StepResult<BlacklistEntry>> LiftAsync(long id, Actor actor, BlacklistLiftGround ground, string reason, CancellationToken ct = default)
    {
        if (await FindAsync(id, ct) is not { } entry) return StepFailure.NotFound;
        return await feed.ChangeAsync([entry.IdentityBlindIndex], () => SaveAsync(entry, entry.Lift(actor, ground, reason, Now), AuditActions.BlacklistLifted, ct), ct);
    }

    /// <summary>Every entry the actor can see for these identities; escalation only counts published ones, which every province sees.</summary>
    internal async Task<List<BlacklistEntry>> EntriesOfAsync(IReadOnlyCollection<byte[]> identities, CancellationToken ct) =>
        await db.BlacklistEntries.Where(e => identities.Contains(e.IdentityBlindIndex)).ToListAsync(ct);

    /// <summary>The conflict of a step that lost the race: someone else moved the entry between reading and saving it.</summary>
    public static readonly StepFailure ChangedMeanwhile =
        StepFailure.Conflict("该记录刚被他人修改，请查看最新状态后重试 (someone else has just changed this entry; look at its current state and try again)");

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    private Task<BlacklistEntry?> FindAsync(long id, CancellationToken ct) =>
        db.BlacklistEntries.Include(e => e.Category).FirstOrDefaultAsync(e => e.Id == id, ct);

    private async Task<StepResult<BlacklistEntry>> MoveAsync(long id, Func<BlacklistEntry, StepFailure?> move, string action, CancellationToken ct) =>
        await FindAsync(id, ct) is { } entry ? await SaveAsync(entry, move(entry), action, ct) : StepFailure.NotFound;

    // A step the entry refused is neither saved nor audited.
    private async Task<StepResult<BlacklistEntry>> SaveAsync(BlacklistEntry entry, StepFailure? failure, string action, CancellationToken ct)
    {
        if (failure is not null) return failure;
        Audit(entry, action);
        return await SavedAsync(ct) ?? StepResult<BlacklistEntry>.Done(entry);
    }

    // Two administrators (or portal instances) moving one entry: the second save finds another revision and loses.
    private async Task<StepFailure?> SavedAsync(CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return null;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return ChangedMeanwhile;
        }
    }

    private void Audit(BlacklistEntry entry, string action) =>
        audit.Add(action, nameof(BlacklistEntry), entry.Id.ToString(), entry.ProvinceCode, reason: entry.History[^1].Reason,
            details: $"{entry.State} {entry.Severity} {entry.IdentityMasked}");
}
