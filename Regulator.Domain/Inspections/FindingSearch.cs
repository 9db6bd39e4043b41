using Microsoft.EntityFrameworkCore;
using Regulator.Domain.Common;
using Regulator.Domain.Persistence;

namespace Regulator.Domain.Inspections;

/// <summary>
/// The findings of one inspection, narrowed by rule, severity, province, agency or platform: what a dashboard's
/// findings figure opens. An inspection has at most one finding per platform and rule, so the list is short and
/// unpaged. Scoping to the reader's province is the context's filter.
/// </summary>
public sealed record FindingSearch(int InspectionId, string? RuleCode = null, FindingSeverity? Severity = null, string? ProvinceCode = null,
    Agency? Agency = null, int? PlatformId = null)
{
    public sealed record Row(long Id, int PlatformId, string PlatformName, string ProvinceCode, string RuleCode, FindingCategory Category,
        FindingSeverity Severity, int SubjectCount);

    public async Task<IReadOnlyList<Row>> RunAsync(RegulatorDbContext db, CancellationToken ct = default)
    {
        var findings = db.Findings.AsNoTracking().Where(f => f.InspectionId == InspectionId);
        if (RuleCode is not null) findings = findings.Where(f => f.RuleCode == RuleCode);
        if (Severity is { } severity) findings = findings.Where(f => f.Severity == severity);
        if (!string.IsNullOrEmpty(ProvinceCode)) findings = findings.Where(f => f.ProvinceCode == ProvinceCode);
        if (PlatformId is { } platform) findings = findings.Where(f => f.PlatformId == platform);
        var platforms = db.Platforms.AsNoTracking();
        if (Agency is { } agency) platforms = platforms.Where(p => p.Agency == agency);
        var rows = await findings.Join(platforms, f => f.PlatformId, p => p.Id,
                (f, p) => new Row(f.Id, f.PlatformId, p.Name, f.ProvinceCode, f.RuleCode, f.Category, f.Severity, f.SubjectCount))
            .ToListAsync(ct);
        return rows.OrderByDescending(r => r.Severity).ThenBy(r => r.PlatformId).ThenBy(r => r.RuleCode).ToList();
    }
}
