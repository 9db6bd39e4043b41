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

    /// <summary>
    /// Registered platforms of any province whose name contains <paramref name="text"/> or whose credit code equals
    /// it, for choosing where a person broadcast (a proposal names platforms anywhere), at most
    /// <see cref="PlatformChoices.SearchLimit"/>, by name.
    /// </summary>
    public static Task<List<PlatformChoice>> SearchAsync(RegulatorDbContext db, string? text, CancellationToken ct = default) =>
        PlatformChoices.Matching(db.Platforms.IgnoreQueryFilters(), text, ct);

    /// <summary>One registered platform of any province by id.</summary>
    public static Task<PlatformChoice?> FindAsync(RegulatorDbContext db, int id, CancellationToken ct = default) =>
        PlatformChoices.ById(db.Platforms.IgnoreQueryFilters(), id, ct);
}
