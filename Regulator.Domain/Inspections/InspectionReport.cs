using Microsoft.EntityFrameworkCore;
using Regulator.Domain.Persistence;

namespace Regulator.Domain.Inspections;

/// <summary>
/// One inspection as its page shows it: each platform's result (findings counted, its notice) and the findings with
/// their evidence, most severe first. Platforms, results and findings are all province-scoped: a province reads only
/// its own platforms' part; the inspection itself is national.
/// </summary>
public sealed record InspectionReport(Inspection Inspection, IReadOnlyList<InspectionReport.PlatformRow> Platforms, IReadOnlyList<Finding> Findings)
{
    public sealed record PlatformRow(int PlatformId, string Name, string ProvinceCode, int FindingCount, long? DocumentId);

    /// <summary>The inspection <paramref name="id"/>, or null when there is none.</summary>
    public static async Task<InspectionReport?> ReadAsync(RegulatorDbContext db, int id, CancellationToken ct = default)
    {
        if (await db.Inspections.AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, ct) is not { } inspection) return null;
        var platforms = await db.PlatformInspections.AsNoTracking().Where(p => p.InspectionId == id)
            .Join(db.Platforms, r => r.PlatformId, p => p.Id, (r, p) => new { Result = r, p.Name })
            // Ordered before the projection: EF cannot translate an ordering on a record built by its constructor.
            .OrderByDescending(x => x.Result.FindingCount).ThenBy(x => x.Name)
            .Select(x => new PlatformRow(x.Result.PlatformId, x.Name, x.Result.ProvinceCode, x.Result.FindingCount, x.Result.DocumentId)).ToListAsync(ct);
        var findings = await db.Findings.AsNoTracking().Include(f => f.Evidence).Where(f => f.InspectionId == id)
            .OrderByDescending(f => f.Severity).ThenBy(f => f.PlatformId).ThenBy(f => f.RuleCode).ToListAsync(ct);
        return new InspectionReport(inspection, platforms, findings);
    }
}
