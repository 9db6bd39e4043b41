using Microsoft.EntityFrameworkCore;
using Regulator.Domain.Common;
using Regulator.Domain.Filings;
using Regulator.Domain.Persistence;
using Regulator.Domain.Platforms;
using Regulator.Domain.Protection;

namespace Regulator.Domain.Blacklist;

/// <summary>
/// Screens a batch of filings against the national list before it is stored (CAC Art. 15: a blacklisted person may
/// not open a new account). A filing of an identity with a published entry in force is returned for correction
/// with that entry's reason, and the province that owns the filing gets an alert. This instance's copy of the list
/// rules out almost every filing without a database query; only the few candidates are read from the entries.
/// </summary>
public sealed class FilingBlacklistScreen(RegulatorDbContext db, IdentityProtector protector, PublishedBlacklist list, TimeProvider clock)
{
    public async Task<IReadOnlyList<FilingAssessment>> ScreenAsync(Platform platform, IReadOnlyList<FilingAssessment> assessments, CancellationToken ct = default)
    {
        var today = ChinaTime.Today(clock);
        var candidates = new Dictionary<int, byte[]>();
        for (var i = 0; i < assessments.Count; i++)
        {
            // Malformed and rejected filings are not stored as submitted anyway.
            if (!assessments[i].IsValid || assessments[i].Status == FilingStatus.Rejected) continue;
            var index = protector.BlindIndex(assessments[i].IdentityNumber);
            // Outside the portal (the seed command) the copy is not loaded: then every filing is a candidate.
            if (!list.IsLoaded || list.Lookup(index, today) is not null) candidates[i] = index;
        }
        if (candidates.Count == 0) return assessments;

        var indexes = candidates.Values.ToList();
        // The national list, read past the actor's scope: the entry may come from any province.
        var published = await db.BlacklistEntries.IgnoreQueryFilters().AsNoTracking().Include(e => e.Category)
            .Where(e => e.State == BlacklistState.Published && (e.EndsOn == null || e.EndsOn >= today) && indexes.Contains(e.IdentityBlindIndex))
            .ToListAsync(ct);
        if (published.Count == 0) return assessments;
        var strongest = published.GroupBy(e => new BlindIndexKey(e.IdentityBlindIndex))
            .ToDictionary(g => g.Key, g => g.OrderByDescending(e => e.Severity).ThenByDescending(e => e.EndsOn ?? DateOnly.MaxValue).First());

        var screened = assessments.ToList();
        var hits = new List<(FilingAssessment Filing, BlacklistEntry Entry)>();
        foreach (var (i, index) in candidates)
        {
            if (!strongest.TryGetValue(new BlindIndexKey(index), out var entry)) continue;
            screened[i] = screened[i] with
            {
                Status = FilingStatus.ReturnedForCorrection,
                Reasons = [.. screened[i].Reasons, new FilingProblem("identityNumber", BlacklistProblemCodes.Blacklisted, ReasonOf(entry))],
            };
            hits.Add((screened[i], entry));
        }
        await RaiseAlertsAsync(platform, hits, ct);
        return screened;
    }

    // Added to the unit of work, so the alerts are saved with the batch they are about.
    private async Task RaiseAlertsAsync(Platform platform, List<(FilingAssessment Filing, BlacklistEntry Entry)> hits, CancellationToken ct)
    {
        if (hits.Count == 0) return;
        var publisherIds = hits.Select(h => h.Filing.PlatformPublisherId).Distinct().ToList();
        var raised = (await db.BlacklistFilingAlerts.IgnoreQueryFilters().AsNoTracking()
                .Where(a => a.PlatformId == platform.Id && publisherIds.Contains(a.PlatformPublisherId))
                .Select(a => new { a.PlatformPublisherId, a.EntryId }).ToListAsync(ct))
            .Select(a => (a.PlatformPublisherId, a.EntryId)).ToHashSet();
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var (filing, entry) in hits)
        {
            if (!raised.Add((filing.PlatformPublisherId, entry.Id))) continue;
            db.BlacklistFilingAlerts.Add(new BlacklistFilingAlert
            {
                ProvinceCode = platform.ProvinceCode,
                PlatformId = platform.Id,
                PlatformPublisherId = filing.PlatformPublisherId,
                IdentityMasked = entry.IdentityMasked,
                EntryId = entry.Id,
                RaisedUtc = now,
            });
        }
    }

    private static string ReasonOf(BlacklistEntry entry)
    {
        var (zh, en) = BlacklistSeverityWords.Of(entry.Severity);
        var until = entry.EndsOn?.ToString("yyyy-MM-dd");
        return $"该身份已列入全国黑名单（{entry.Category!.NameZh}，{entry.Category.LegalBasis}；{zh}{(until is null ? "" : "至 " + until)}），不得开通主播账号 " +
               $"(the identity is on the national blacklist: {entry.Category.NameEn}, {entry.Category.LegalBasis}; {en}{(until is null ? "" : " until " + until)})";
    }
}
