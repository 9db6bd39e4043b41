using System.Linq.Expressions;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Regulator.Domain.Common;
using Regulator.Domain.Filings;
using Regulator.Domain.Persistence;
using Regulator.Domain.Reports;

namespace Regulator.Domain.Blacklist;

/// <summary>
/// A blacklist proposal started from a substantiated report case (MCT opinion 12 leading to CAC Art. 15): the case's
/// category (one taxonomy serves both), its platform, the account reported, the facts as found and the measures taken,
/// and — when the reported account is a publisher filed on that platform — the filing, whose identity the proposal
/// takes on the server without anyone typing or seeing the number. Everything stays editable before it is proposed.
/// </summary>
public sealed record BlacklistCaseDraft(long CaseId, string CategoryCode, IReadOnlyList<int> PlatformIds, IReadOnlyList<string> DisplayNames,
    string Facts, IReadOnlyList<string> EvidenceReferences, long? FilingId)
{
    /// <summary>Only a case closed as substantiated can start (and be cited by) a proposal.</summary>
    public static readonly Expression<Func<ReportCase, bool>> IsSubstantiated = c => c.Status == CaseStatus.Closed && c.Outcome == CaseOutcome.Substantiated;

    private static readonly Func<ReportCase, bool> IsSubstantiatedCase = IsSubstantiated.Compile();

    public static bool MayStartFrom(ReportCase @case) => IsSubstantiatedCase(@case);

    /// <summary>Null when the case is not visible to the reader (the province filter) or was not closed as substantiated.</summary>
    public static async Task<BlacklistCaseDraft?> FromCaseAsync(RegulatorDbContext db, long caseId, CancellationToken ct = default)
    {
        var @case = await db.ReportCases.AsNoTracking().AsSplitQuery().Where(IsSubstantiated).Include(c => c.Category).Include(c => c.Reports)
            .FirstOrDefaultAsync(c => c.Id == caseId, ct);
        if (@case is null) return null;
        var reports = @case.Reports.OrderBy(r => r.ReceivedUtc).ToList();
        var filing = await FiledPublisherAsync(db, @case.PlatformId, reports, ct);
        var names = reports.Select(r => r.AccountName).Concat(filing?.DisplayNames ?? [])
            .OfType<string>().Select(n => n.Trim()).Where(n => n.Length is > 0 and <= BlacklistRules.MaxNameLength)
            .Distinct().Take(BlacklistRules.MaxDisplayNames).ToList();
        var evidence = reports.Select(r => $"12318 举报 {r.ExternalId}").Prepend($"举报案件 #{@case.Id}")
            .Where(e => e.Length <= BlacklistRules.MaxEvidenceLength).Take(BlacklistRules.MaxEvidenceReferences).ToList();
        return new BlacklistCaseDraft(@case.Id, @case.Category.Code, @case.PlatformId is { } platformId ? [platformId] : [], names, FactsOf(@case, reports),
            evidence, filing?.Id);
    }

    // The publisher behind the reported account: reports name the platform's own account id, which is what the
    // platform filed the publisher under. A withdrawn filing no longer stands for an account.
    private static async Task<Filing?> FiledPublisherAsync(RegulatorDbContext db, int? platformId, IReadOnlyList<Report> reports, CancellationToken ct)
    {
        var accountIds = reports.Select(r => r.AccountId?.Trim()).OfType<string>().Where(id => id.Length > 0).Distinct().ToList();
        if (platformId is null || accountIds.Count == 0) return null;
        return await db.Filings.AsNoTracking()
            .Where(f => f.PlatformId == platformId && accountIds.Contains(f.PlatformPublisherId) && f.Status != FilingStatus.Withdrawn)
            .OrderByDescending(f => f.Id).FirstOrDefaultAsync(ct);
    }

    // What was reported and found, in the words of the record; the reports' own descriptions fill what room is left.
    private static string FactsOf(ReportCase @case, IReadOnlyList<Report> reports)
    {
        var head = $"举报案件 #{@case.Id}（{@case.Category.NameZh}，{@case.Category.LegalBasis}）：" +
                   $"{ChinaTime.FromUtc(@case.FirstReceivedUtc):yyyy-MM-dd} 至 {ChinaTime.FromUtc(@case.LastReceivedUtc):yyyy-MM-dd} 收到举报 {@case.ReportCount} 条，" +
                   $"涉及{(@case.PlatformName is { } platform ? $"平台“{platform}”" : "")}账号“{@case.AccountLabel}”，" +
                   $"于 {(@case.ClosedUtc is { } closed ? ChinaTime.FromUtc(closed).ToString("yyyy-MM-dd") : "")} 办结，查证属实。";
        var measures = MeasureNames(@case.Measures);
        var tail = (measures.Length > 0 ? $"处置措施：{measures}。" : "") + $"办结说明：{@case.ClosingNote}";
        var said = new StringBuilder();
        foreach (var description in reports.Select(r => r.Description.ReplaceLineEndings(" ").Trim()).Where(d => d.Length > 0).Distinct())
        {
            var line = (said.Length == 0 ? "举报内容：" : "；") + description;
            if (head.Length + said.Length + line.Length + 1 + tail.Length > BlacklistRules.MaxFactsLength) break;
            said.Append(line);
        }
        if (said.Length > 0) said.Append('。');
        var facts = head + said + tail;
        return facts.Length <= BlacklistRules.MaxFactsLength ? facts : facts[..BlacklistRules.MaxFactsLength];
    }

    private static string MeasureNames(PunitiveMeasures measures) => string.Join("、", new[]
    {
        (PunitiveMeasures.Warning, "警示"), (PunitiveMeasures.Suspension, "暂停发布"), (PunitiveMeasures.AccountClosure, "关闭账号"),
    }.Where(m => measures.HasFlag(m.Item1)).Select(m => m.Item2));
}
