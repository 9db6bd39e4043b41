using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Regulator.Domain.Common;
using Regulator.Domain.Persistence;

namespace Regulator.Domain.Filings;

/// <summary>
/// Brings names stored before the middle-dot fold existed to their canonical form (<see cref="TextRules.FoldMiddleDots"/>):
/// real names and guardian names holding a look-alike of U+00B7. Each changed filing gets a history row that keeps the
/// names as they were. Runs once when the migration that introduced document types is applied, and on demand
/// (<c>canonicalize-names</c>); a second run finds nothing. Returns how many filings it changed.
/// </summary>
public sealed class FilingNameCanonicalization(RegulatorDbContext db, TimeProvider clock)
{
    public const int BatchSize = 500;

    public async Task<int> RunAsync(CancellationToken ct = default)
    {
        var changed = 0;
        var after = 0L;
        while (true)
        {
            var batch = await db.Filings.Where(HoldsLookAlike).Where(f => f.Id > after).OrderBy(f => f.Id).Take(BatchSize).ToListAsync(ct);
            if (batch.Count == 0) return changed;
            var now = clock.GetUtcNow().UtcDateTime;
            changed += batch.Count(f => f.CanonicalizeNames(now));
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
            after = batch[^1].Id;
        }
    }

    // One LIKE per look-alike and column, so the database picks the candidates; the fold itself runs here.
    private static readonly Expression<Func<Filing, bool>> HoldsLookAlike = BuildFilter();

    private static Expression<Func<Filing, bool>> BuildFilter()
    {
        var filing = Expression.Parameter(typeof(Filing), "f");
        var contains = typeof(string).GetMethod(nameof(string.Contains), [typeof(string)])!;
        Expression? any = null;
        foreach (var c in TextRules.MiddleDotLookAlikeCharacters)
            foreach (var property in new[] { nameof(Filing.RealName), nameof(Filing.GuardianName) })
            {
                Expression test = Expression.Call(Expression.Property(filing, property), contains, Expression.Constant(c.ToString()));
                any = any is null ? test : Expression.OrElse(any, test);
            }
        return Expression.Lambda<Func<Filing, bool>>(any!, filing);
    }
}
