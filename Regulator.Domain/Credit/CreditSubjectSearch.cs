using Microsoft.EntityFrameworkCore;
using Regulator.Domain.Common;
using Regulator.Domain.Filings;
using Regulator.Domain.Persistence;

namespace Regulator.Domain.Credit;

/// <summary>
/// The staff lists of rated publishers or platforms, through the province scope: by grade, province, platform (a
/// publisher with a current filing on it; a platform itself), untrustworthy standing and a name or code. Subjects number
/// in millions at national scale, so the list seeks by id along the (province, kind, grade, id) index, and
/// <see cref="TotalsAsync"/> counts the same filtered subjects per grade in one grouped query. <paramref name="Agency"/>
/// keeps the subjects of one agency's platforms (the dashboards' agency filter).
/// </summary>
public sealed record CreditSubjectSearch(CreditSubjectKind Kind, CreditGrade? Grade = null, string? ProvinceCode = null, int? PlatformId = null,
    CreditStanding? Standing = null, string? Text = null, Agency? Agency = null) : IListQuery<CreditSubjectRow>
{
    public Task<ListPage<CreditSubjectRow>> PageAsync(RegulatorDbContext db, ListRequest page, CancellationToken ct = default) =>
        KeysetPaging.PageByIdAsync(Filtered(db), s => s.Id, newestFirst: false, page,
            s => new CreditSubjectRow(s.Id, s.Kind, s.Name, s.Code, s.ProvinceCode, s.Score, s.Grade, s.Designation, s.ModelVersion, s.GradedOn),
            r => r.Id, ct);

    /// <summary>How many of the filtered subjects hold each grade (grades nobody holds are absent).</summary>
    public async Task<IReadOnlyDictionary<CreditGrade, long>> TotalsAsync(RegulatorDbContext db, CancellationToken ct = default) =>
        await Filtered(db).GroupBy(s => s.Grade).Select(g => new { g.Key, Count = g.LongCount() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);

    private IQueryable<CreditSubject> Filtered(RegulatorDbContext db)
    {
        var query = db.CreditSubjects.AsNoTracking().Where(s => s.Kind == Kind);
        if (Grade is { } grade) query = query.Where(s => s.Grade == grade);
        if (!string.IsNullOrWhiteSpace(ProvinceCode)) query = query.Where(s => s.ProvinceCode == ProvinceCode);
        if (Agency is { } agency) query = query.Where(s => s.Agency == agency);
        if (PlatformId is { } platformId)
        {
            if (Kind == CreditSubjectKind.Platform) query = query.Where(s => s.PlatformId == platformId);
            else
            {
                var current = CreditGrading.CurrentFilingStatuses;
                // Filings are read unscoped here: a province's own publisher filed on another province's platform still counts as on it.
                var filings = db.Filings.IgnoreQueryFilters().Where(f => f.PlatformId == platformId && current.Contains(f.Status));
                query = query.Where(s => filings.Any(f => f.IdentityBlindIndex == s.IdentityBlindIndex));
            }
        }
        var open = db.UntrustworthyDesignations.Where(d => d.State == DesignationState.Proposed);
        query = Standing switch
        {
            CreditStanding.Clear => query.Where(s => s.Designation == null && !open.Any(d => d.SubjectId == s.Id)),
            CreditStanding.InProcedure => query.Where(s => open.Any(d => d.SubjectId == s.Id)),
            CreditStanding.ListedMinor => query.Where(s => s.Designation == DesignationLevel.Minor),
            CreditStanding.ListedSerious => query.Where(s => s.Designation == DesignationLevel.Serious),
            _ => query,
        };
        if (!string.IsNullOrWhiteSpace(Text))
        {
            var text = Text.Trim();
            query = query.Where(s => s.Name.StartsWith(text) || s.Code == text);
        }
        return query;
    }
}
