using Microsoft.EntityFrameworkCore;
using Regulator.Domain.Common;
using Regulator.Domain.Persistence;

namespace Regulator.Domain.Credit;

/// <summary>
/// The staff list of untrustworthy-entity procedures, newest proposal first, through the province scope (a province
/// sees its own procedures only): by state, level, province, agency, a pending repair application, one subject, or
/// listings in force on a day (<paramref name="InForceOn"/>: listed, started on or before it, ending on or after it — the
/// dashboards' untrustworthy figures). Keyset-paged on the id along the (province, state, id) index; ids follow proposal order.
/// </summary>
public sealed record DesignationSearch(DesignationState? State = null, DesignationLevel? Level = null, string? ProvinceCode = null,
    bool RepairPending = false, long? SubjectId = null, Agency? Agency = null, DateOnly? InForceOn = null) : IListQuery<DesignationRow>
{
    public Task<ListPage<DesignationRow>> PageAsync(RegulatorDbContext db, ListRequest page, CancellationToken ct = default)
    {
        var query = db.UntrustworthyDesignations.AsNoTracking();
        if (State is { } state) query = query.Where(d => d.State == state);
        if (Level is { } level) query = query.Where(d => d.Level == level);
        if (!string.IsNullOrWhiteSpace(ProvinceCode)) query = query.Where(d => d.ProvinceCode == ProvinceCode);
        if (RepairPending) query = query.Where(d => d.Repair == RepairState.Pending);
        if (SubjectId is { } subjectId) query = query.Where(d => d.SubjectId == subjectId);
        if (Agency is { } agency) query = query.Where(d => d.Agency == agency);
        if (InForceOn is { } on) query = query.Where(d => d.State == DesignationState.Listed && d.StartsOn <= on && d.EndsOn >= on);
        return KeysetPaging.PageByIdAsync(query, d => d.Id, newestFirst: true, page,
            d => new DesignationRow(d.Id, d.SubjectId, d.Subject!.Kind, d.Subject.Name, d.ProvinceCode, d.Level, d.State, d.ProposedUtc, d.DefenceDueOn, d.EndsOn, d.Repair),
            r => r.Id, ct);
    }
}
