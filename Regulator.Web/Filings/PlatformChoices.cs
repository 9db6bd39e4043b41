using Microsoft.EntityFrameworkCore;
using Regulator.Domain.Persistence;

namespace Regulator.Web.Filings;

public static class PlatformChoices
{
    /// <summary>The platforms the reader may see (the scoping filter decides), by name, for a select.</summary>
    public static async Task<List<(int Id, string Name)>> LoadAsync(RegulatorDbContext db) =>
        (await db.Platforms.AsNoTracking().OrderBy(p => p.Name).Select(p => new { p.Id, p.Name }).ToListAsync())
        .Select(p => (p.Id, p.Name)).ToList();
}
