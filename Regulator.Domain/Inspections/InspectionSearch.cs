using Microsoft.EntityFrameworkCore;
using Regulator.Domain.Common;
using Regulator.Domain.Persistence;

namespace Regulator.Domain.Inspections;

/// <summary>
/// The inspections, newest first, with the number of platforms inspected and findings made. Counted through the
/// scoped sets, so a province sees its own platforms' part of each inspection. One inspection a day at most (its
/// key is the day), so a few thousand over the years: paged by offset.
/// </summary>
public sealed record InspectionSearch(DateOnly? From = null, DateOnly? To = null) : IListQuery<InspectionSearch.Row>
{
    public sealed record Row(int Id, DateOnly InspectedOn, DateTime StartedUtc, DateTime? CompletedUtc, int Platforms, int Findings);

    public Task<ListPage<Row>> PageAsync(RegulatorDbContext db, ListRequest page, CancellationToken ct = default)
    {
        var query = db.Inspections.AsNoTracking();
        // Locals, not the context's extension properties, which an expression tree cannot hold; EF reads them as query roots.
        var results = db.PlatformInspections;
        var findings = db.Findings;
        if (From is { } from) query = query.Where(i => i.InspectedOn >= from);
        if (To is { } to) query = query.Where(i => i.InspectedOn <= to);
        return OffsetPaging.PageAsync(query.OrderByDescending(i => i.StartedUtc).ThenByDescending(i => i.Id)
            .Select(i => new Row(i.Id, i.InspectedOn, i.StartedUtc, i.CompletedUtc,
                results.Count(p => p.InspectionId == i.Id), findings.Count(f => f.InspectionId == i.Id))), page, ct);
    }
}
