using Microsoft.EntityFrameworkCore;
using Regulator.Domain.Common;
using Regulator.Domain.Persistence;

namespace Regulator.Domain.SpotChecks;

/// <summary>
/// The feed the credit ratings read spot-check results from: every result of every closed task, in the order the tasks
/// closed, paged by a keyset cursor (task closed time, result id) so a reader can resume where it stopped and never
/// sees a fact twice. Scoped like everything else: a provincial reader gets its province's facts.
/// </summary>
public sealed class SpotCheckFacts(RegulatorDbContext db)
{
    public sealed record Page(IReadOnlyList<SpotCheckFact> Facts, string? NextCursor);

    public async Task<Page> ReadAsync(string? after = null, int take = 500, CancellationToken ct = default)
    {
        take = Math.Clamp(take, 1, 5000);
        var query = from r in db.CheckResults.AsNoTracking()
                    join t in db.SpotCheckTasks.AsNoTracking() on r.TaskId equals t.Id
                    join i in db.CheckItems.AsNoTracking() on r.CheckItemId equals i.Id
                    where t.Status == SpotCheckTaskStatus.Closed && t.ClosedUtc != null
                    select new { r, t, i };
        if (KeysetCursor.Decode(after) is var (closed, id))
            query = query.Where(x => x.t.ClosedUtc > closed || (x.t.ClosedUtc == closed && x.r.Id > id));
        var rows = await query.OrderBy(x => x.t.ClosedUtc).ThenBy(x => x.r.Id).Take(take + 1).ToListAsync(ct);
        var facts = rows.Take(take).Select(x => new SpotCheckFact(x.r.Id, x.t.Id, x.t.PlanId, x.t.ProvinceCode, x.t.TargetKind, x.t.TargetId, x.t.PlatformId,
            x.i.Code, x.i.LegalBasis, x.r.Outcome, x.t.DrawnOn, x.r.RectifyBy, x.r.RectifiedOn, x.r.RectificationFailed, x.t.ClosedUtc!.Value)).ToList();
        var next = rows.Count > take ? KeysetCursor.Encode(facts[^1].TaskClosedUtc, facts[^1].ResultId) : null;
        return new Page(facts, next);
    }
}
