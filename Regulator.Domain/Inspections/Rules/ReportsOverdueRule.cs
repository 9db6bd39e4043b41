using Microsoft.EntityFrameworkCore;
using Regulator.Domain.Common;
using Regulator.Domain.Reports;

namespace Regulator.Domain.Inspections.Rules;

/// <summary>
/// MCT opinion 12, CAC Art. 19: reports are handled within their deadline. Cases about the platform still open
/// past it are work overdue in the platform's province, and a platform with many reports is inspected first
/// (MCT opinion 13).
/// </summary>
public sealed class ReportsOverdueRule : IInspectionRule
{
    public string Code => "reports-overdue";
    public FindingCategory Category => FindingCategory.ReportHandling;
    public FindingSeverity Severity => FindingSeverity.Serious;
    public string Article => "MCT-12";

    public async Task<FindingDraft?> InspectAsync(PlatformUnderInspection subject, CancellationToken ct)
    {
        var overdue = subject.Db.ReportCases.AsNoTracking()
            .Where(c => c.PlatformId == subject.Platform.Id).Where(CaseDeadline.OverdueAt(subject.NowUtc));
        var count = await overdue.CountAsync(ct);
        if (count == 0) return null;
        var sample = await overdue.OrderBy(c => c.DueUtc).ThenBy(c => c.Id).Take(subject.Options.MaxEvidencePerFinding)
            .Select(c => new { c.Id, c.AccountLabel, Category = c.Category.NameZh, c.ReportCount, c.DueUtc })
            .ToListAsync(ct);
        return new FindingDraft(count, sample
            .Select(c => new EvidenceItem(
                $"举报案件（{c.Category}，账号 {c.AccountLabel}，举报 {c.ReportCount} 条），办理期限 {ChinaTime.FromUtc(c.DueUtc):yyyy-MM-dd}，已逾期 {(int)(subject.NowUtc - c.DueUtc).TotalDays} 天",
                RecordHref: $"/reports/cases/{c.Id}"))
            .ToList());
    }
}
