using Microsoft.EntityFrameworkCore;
using Regulator.Domain.Persistence;

namespace Regulator.Domain.Credit;

/// <summary>
/// The public register of untrustworthy entities (publication, MCT opinion 14), read without signing in: listings
/// published at some time, newest first, keyset-paged by id, with what was published and nothing else — never a
/// proposal, a decision not to list, a clear identity number or a real name of a person.
/// </summary>
public sealed class PublicRegister(RegulatorDbContext db)
{
    public const int PageSize = 50;

    /// <summary>A page of rows older than <paramref name="before"/> (an id from the previous page), and the cursor of the next page if any.</summary>
    public async Task<(IReadOnlyList<PublicRegisterRow> Rows, long? Next)> PageAsync(long? before, bool inForceOnly, CancellationToken ct = default)
    {
        var query = UntrustworthyRegister.Published(db);
        if (inForceOnly) query = query.Where(d => d.State == DesignationState.Listed);
        if (before is { } id) query = query.Where(d => d.Id < id);
        var rows = await query.OrderByDescending(d => d.Id).Take(PageSize + 1)
            .Select(d => new PublicRegisterRow(d.Id, d.PublicName!, d.PublicCode!, d.Level, d.Criterion!.Title, d.Criterion.LegalBasis, d.ProvinceCode,
                d.StartsOn!.Value, d.EndsOn!.Value, d.State, d.RemovedOn, d.RemovalGround))
            .ToListAsync(ct);
        return rows.Count > PageSize ? (rows[..PageSize], rows[PageSize - 1].Id) : (rows, null);
    }
}
