using Microsoft.EntityFrameworkCore;
using Regulator.Domain.Persistence;

namespace Regulator.Domain.Platforms;

/// <summary>
/// Names of registered platforms by id, for records that point at platforms of other provinces (a blacklisted person
/// broadcast wherever they liked). A platform's name is a public registry fact, so this reads past the province
/// filter — and reads nothing else.
/// </summary>
public static class PlatformNames
{
    public static async Task<IReadOnlyDictionary<int, string>> LookupAsync(RegulatorDbContext db, IEnumerable<int> ids, CancellationToken ct = default)
    {
        var wanted = ids.Distinct().ToList();
        return wanted.Count == 0
            ? new Dictionary<int, string>()
            : await db.Platforms.IgnoreQueryFilters().Where(p => wanted.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Name, ct);
    }

    /// <summary>Every registered platform, for choosing where a person broadcast.</summary>
    public static async Task<IReadOnlyList<(int Id, string Name, string ProvinceCode)>> AllAsync(RegulatorDbContext db, CancellationToken ct = default) =>
        (await db.Platforms.IgnoreQueryFilters().OrderBy(p => p.ProvinceCode).ThenBy(p => p.Name)
            .Select(p => new { p.Id, p.Name, p.ProvinceCode }).ToListAsync(ct))
        .Select(p => (p.Id, p.Name, p.ProvinceCode)).ToList();
}
