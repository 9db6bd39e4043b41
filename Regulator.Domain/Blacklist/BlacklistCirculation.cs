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
/// central scoping filter, so a province acting on another province's proposal finds nothing (null: "not found")
/// and changes nothing. Each transition is audited with its reason; publication and lifting also reach the feed.
/// </summary>
public sealed class BlacklistCirculation(RegulatorDbContext db, IdentityProtector protector, BlacklistFeedWriter feed, AuditLog audit, TimeProvider clock)
{
    /// <summary>
    /// A provincial administrator's proposal, or a platform's report of its own blacklisting (CAC Art. 15). The number
    /// is checked, then kept only encrypted, indexed and masked; an earlier warning of the same person escalates it.
    /// </summary>
    public async Task<BlacklistProposalResult> ProposeAsync(BlacklistProposal draft, Actor proposer, Agency agency, CancellationToken ct = default)
    {
        var normalized = IdentityProtector.Normalize(draft.IdentityNumber);
        // A typed number wins; a filing the proposer cannot see (another province's) is not found and leaves the number missing.
        var fromFiling = normalized.Length == 0 && draft.FilingId is { } filingId
            ? await db.Filings.AsNoTracking().Where(f => f.Id == filingId).Select(f => f.IdentityCiphertext).FirstOrDefaultAsync(ct)
            : null;
        if (fromFiling is not null) normalized = protector.Decrypt(fromFiling);
        var category = draft.CategoryCode is { } code ? await db.ReportCategories.FirstOrDefaultAsync(c => c.Code == code, ct) : null;
        // Where the person broadcast may be anywhere in the country.
        var registered = (await PlatformNames.LookupAsync(db, draft.PlatformIds ?? [], ct)).Keys.ToHashSet();
        var assessment = BlacklistRules.Assess(draft, normalized, category, registered, ChinaTime.Today(clock));
        if (!assessment.IsValid) return new BlacklistProposalResult(null, assessment.Problems);
        // Only a case the proposer can open and that was found true may be cited as the source.
        if (draft.SourceCaseId is { } caseId && !await db.ReportCases.Where(BlacklistCaseDraft.IsSubstantiated).AnyAsync(c => c.Id == caseId, ct))
            return new BlacklistProposalResult(null, [new("sourceCaseId", BlacklistProblemCodes.UnknownCase, "来源举报案件不存在或未查证属实 (the source case was not found or not substantiated)")]);

        var identity = protector.Protect(assessment.IdentityNumber);
        var entry = BlacklistEntry.Propose(assessment, identity, proposer, agency, Now);
        entry.SourceCaseId = draft.SourceCaseId;
        entry.ApplyEscalation(await EntriesOfAsync([identity.BlindIndex], ct), Now);
        db.BlacklistEntries.Add(entry);
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync(AuditActions.BlacklistProposed, nameof(BlacklistEntry), entry.Id.ToString(), entry.ProvinceCode,
            reason: category!.Code, details: $"{entry.Severity} {entry.IdentityMasked} by {proposer.Name}" + (fromFiling is null ? "" : $" (identity of filing #{draft.FilingId})"), ct: ct);
        return new BlacklistProposalResult(entry, []);
    }

    public async Task<BlacklistEntry?> ConfirmAsync(long id, Actor actor, string reason, CancellationToken ct = default)
    {
        if (await FindAsync(id, ct) is not { } entry) return null;
        entry.Confirm(actor, reason, Now);
        await SaveAsync(entry, AuditActions.BlacklistConfirmed, ct);
        return entry;
    }

    public async Task<BlacklistEntry?> DeclineAsync(long id, Actor actor, string reason, CancellationToken ct = default)
    {
        if (await FindAsync(id, ct) is not { } entry) return null;
        entry.Decline(actor, reason, Now);
        await SaveAsync(entry, AuditActions.BlacklistDeclined, ct);
        return entry;
    }

    /// <summary>
    /// The national office approves confirmed entries in bulk. All or nothing: one entry that cannot be published
    /// (already moved by someone else, or its period over) stops the batch with its reason, and nothing is published.
    /// </summary>
    public async Task<IReadOnlyList<BlacklistEntry>> PublishAsync(IReadOnlyCollection<long> ids, Actor actor, string reason, CancellationToken ct = default)
    {
        var entries = await db.BlacklistEntries.Include(e => e.Category).Where(e => ids.Contains(e.Id)).ToListAsync(ct);
        if (entries.Count == 0) return entries;
        var identities = entries.Select(e => e.IdentityBlindIndex).ToList();
        return await feed.ChangeAsync(identities, async () =>
        {
            var earlier = await EntriesOfAsync(identities, ct);
            var today = ChinaTime.Today(clock);
            // Oldest offence first, so a warning published in this batch counts for a later entry of the same person.
            foreach (var entry in entries.OrderBy(e => e.StartsOn).ThenBy(e => e.Id))
            {
                // Decided at publication, when every earlier warning's fate is known.
                entry.ApplyEscalation(earlier, Now);
                entry.Publish(actor, reason, today, Now);
                Audit(entry, AuditActions.BlacklistPublished);
            }
            await db.SaveChangesAsync(ct);
            return entries;
        }, ct);
    }

    public async Task<BlacklistEntry?> LiftAsync(long id, Actor actor, BlacklistLiftGround ground, string reason, CancellationToken ct = default)
    {
        if (await FindAsync(id, ct) is not { } entry) return null;
        return await feed.ChangeAsync([entry.IdentityBlindIndex], async () =>
        {
            entry.Lift(actor, ground, reason, Now);
            await SaveAsync(entry, AuditActions.BlacklistLifted, ct);
            return entry;
        }, ct);
    }

    /// <summary>Every entry the actor can see for these identities; escalation only counts published ones, which every province sees.</summary>
    internal async Task<List<BlacklistEntry>> EntriesOfAsync(IReadOnlyCollection<byte[]> identities, CancellationToken ct) =>
        await db.BlacklistEntries.Where(e => identities.Contains(e.IdentityBlindIndex)).ToListAsync(ct);

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    private Task<BlacklistEntry?> FindAsync(long id, CancellationToken ct) =>
        db.BlacklistEntries.Include(e => e.Category).FirstOrDefaultAsync(e => e.Id == id, ct);

    private async Task SaveAsync(BlacklistEntry entry, string action, CancellationToken ct)
    {
        Audit(entry, action);
        await db.SaveChangesAsync(ct);
    }

    private void Audit(BlacklistEntry entry, string action) =>
        audit.Add(action, nameof(BlacklistEntry), entry.Id.ToString(), entry.ProvinceCode, reason: entry.History[^1].Reason,
            details: $"{entry.State} {entry.Severity} {entry.IdentityMasked}");
}
