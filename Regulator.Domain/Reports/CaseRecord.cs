using Microsoft.EntityFrameworkCore;
using Regulator.Domain.Auditing;
using Regulator.Domain.Persistence;
using Regulator.Domain.Platforms;

namespace Regulator.Domain.Reports;

/// <summary>
/// Opening one case for a member of staff: the case with its reports and events, the categories it may be moved to
/// and, while it waits for national triage, the platforms it may be routed with. Read through the scoped context, so
/// another province's case (and national triage, for provincial staff) is not found, and then nothing is audited.
/// Each opening that shows the case is audited as a view.
/// </summary>
public sealed class CaseRecord(RegulatorDbContext db, AuditLog audit)
{
    /// <summary>What the case page shows.</summary>
    public sealed record View(ReportCase Case, IReadOnlyList<ReportCategory> Categories, IReadOnlyList<PlatformChoice> Platforms);

    /// <summary>
    /// Null when the reader may not see the case (or it does not exist). <paramref name="recordView"/> false reads
    /// without auditing, for a page already audited when it was first rendered, or read again after a step.
    /// </summary>
    public async Task<View?> OpenAsync(long caseId, bool recordView, CancellationToken ct = default)
    {
        var @case = await db.ReportCases.AsNoTracking().AsSplitQuery().Include(c => c.Category).Include(c => c.Reports).Include(c => c.Events)
            .FirstOrDefaultAsync(c => c.Id == caseId, ct);
        if (@case is null) return null;
        var categories = await db.ReportCategories.AsNoTracking().OrderBy(c => c.Id).ToListAsync(ct);
        var platforms = @case.Status == CaseStatus.AwaitingTriage ? await PlatformChoices.AllAsync(db, ct) : [];
        if (recordView) await audit.RecordAsync(AuditActions.ReportCaseViewed, nameof(ReportCase), @case.Id.ToString(), @case.ProvinceCode, ct: ct);
        return new View(@case, categories, platforms);
    }
}
