using Microsoft.EntityFrameworkCore;
using Regulator.Domain.Persistence;
using Regulator.Domain.Reports;

namespace Regulator.Domain.Blacklist;

/// <summary>The categories (one taxonomy with report cases) the blacklist list filters by and a proposal chooses from.</summary>
public static class BlacklistCategoryChoices
{
    /// <summary>Every category by id; <paramref name="activeOnly"/> for a new proposal, which may not cite a retired one.</summary>
    public static Task<List<ReportCategory>> AllAsync(RegulatorDbContext db, bool activeOnly, CancellationToken ct = default) =>
        db.ReportCategories.AsNoTracking().Where(c => !activeOnly || c.IsActive).OrderBy(c => c.Id).ToListAsync(ct);
}
