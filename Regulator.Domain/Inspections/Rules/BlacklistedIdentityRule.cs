using Microsoft.EntityFrameworkCore;
using Regulator.Domain.Blacklist;

namespace Regulator.Domain.Inspections.Rules;

/// <summary>
/// CAC Art. 15, MCT opinion 18: a platform must keep blacklisted people from opening publisher accounts. Intake
/// already returns a filing of a published identity, so what is left to find are live filings made before the entry
/// was published through another platform — the person is still on air here. The same blind-index join as the
/// cross-platform page (<see cref="BlacklistFilingMatches"/>); no number is decrypted.
/// </summary>
public sealed class BlacklistedIdentityRule : IInspectionRule
{
    public string Code => "blacklisted-identity";
    public FindingCategory Category => FindingCategory.Blacklist;
    public FindingSeverity Severity => FindingSeverity.Severe;
    public string Article => "CAC-15";

    public async Task<FindingDraft?> InspectAsync(PlatformUnderInspection subject, CancellationToken ct)
    {
        var matches = BlacklistFilingMatches.Among(LiveFilings.Of(subject), subject.Db, subject.Today);
        // One person can be on entries of several provinces: the finding counts filings, not pairs.
        var filingIds = matches.Select(m => m.Filing.Id).Distinct();
        var count = await filingIds.CountAsync(ct);
        if (count == 0) return null;
        var cited = await filingIds.OrderBy(id => id).Take(subject.Options.MaxEvidencePerFinding).ToListAsync(ct);
        var rows = await matches.Where(m => cited.Contains(m.Filing.Id))
            .Select(m => new { m.Filing, EntryId = m.Entry.Id, m.Entry.Severity, m.Entry.EndsOn, Reason = m.Entry.Category!.NameZh })
            .ToListAsync(ct);
        return new FindingDraft(count, rows.GroupBy(r => r.Filing.Id).OrderBy(g => g.Key)
            .Select(g => new EvidenceItem(
                LiveFilings.Describe(g.First().Filing) + "；" + string.Join("；", g.OrderBy(r => r.EntryId).Select(r =>
                    $"全国黑名单 #{r.EntryId}（{r.Reason}，{BlacklistSeverityWords.Of(r.Severity).Zh}{(r.EndsOn is { } end ? $"至 {end:yyyy-MM-dd}" : "")}）")),
                g.First().Filing.IdentityMasked, LiveFilings.Href(g.First().Filing)))
            .ToList());
    }
}
