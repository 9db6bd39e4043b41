using Microsoft.EntityFrameworkCore;
using Regulator.Domain.Credit;

namespace Regulator.Domain.Inspections.Rules;

/// <summary>
/// MCT opinion 14 (untrustworthiness is a basis of consideration in administration) with CAC Art. 15 (a platform manages
/// its publishers by their credit): a publisher listed as an untrustworthy entity (失信主体) and still on air on the
/// inspected platform is a finding, so the platform is told to apply the listing's measures. Only listings in force on
/// the inspection day count (<see cref="UntrustworthyRegister.InForce"/>); they bind in every province, as the register
/// is published. Filings match on the blind index; no number is decrypted and evidence carries the masked one only.
/// </summary>
public sealed class UntrustworthyPublisherRule : IInspectionRule
{
    public string Code => "untrustworthy-publisher";
    public FindingCategory Category => FindingCategory.Blacklist;

    /// <summary>较重: the listing calls for the platform's written correction, not an outright ban as a blacklisting does.</summary>
    public FindingSeverity Severity => FindingSeverity.Serious;

    public string Article => "MCT-14";

    public async Task<FindingDraft?> InspectAsync(PlatformUnderInspection subject, CancellationToken ct)
    {
        var designated = UntrustworthyRegister.FilingsOfDesignatedPublishers(subject.Db, subject.Today).Select(f => f.Id);
        var flagged = LiveFilings.Of(subject).Where(f => designated.Contains(f.Id));
        var count = await flagged.CountAsync(ct);
        if (count == 0) return null;
        var cited = await flagged.OrderBy(f => f.Id).Take(subject.Options.MaxEvidencePerFinding).ToListAsync(ct);
        var citedIds = cited.Select(f => f.Id).ToList();
        // One person can be listed by several provinces at once: each listing in force is named.
        var listings = await UntrustworthyRegister.InForce(subject.Db, subject.Today).AsNoTracking()
            .Where(d => d.Subject!.Kind == CreditSubjectKind.Publisher && subject.Db.Filings.Any(f => citedIds.Contains(f.Id) && f.IdentityBlindIndex == d.Subject.IdentityBlindIndex))
            .Select(d => new { d.Id, BlindIndex = d.Subject!.IdentityBlindIndex!, d.Level, d.EndsOn, Reason = d.Criterion!.Title })
            .ToListAsync(ct);
        return new FindingDraft(count, cited.Select(f => new EvidenceItem(
                LiveFilings.Describe(f) + "；" + string.Join("；", listings.Where(l => l.BlindIndex.SequenceEqual(f.IdentityBlindIndex)).OrderBy(l => l.Id).Select(l =>
                    $"失信主体名单 #{l.Id}（{l.Reason}，{(l.Level == DesignationLevel.Serious ? "严重失信主体" : "轻微失信主体")}至 {l.EndsOn:yyyy-MM-dd}）")),
                f.IdentityMasked, LiveFilings.Href(f)))
            .ToList());
    }
}
