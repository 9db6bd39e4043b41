using Microsoft.EntityFrameworkCore;
using Regulator.Domain.Persistence;

namespace Regulator.Domain.Reports;

/// <summary>
/// Finds reported platforms in the registry: by unified social credit code first (exact and unambiguous), else by
/// the registered name. A report that matches neither waits in national triage rather than being guessed at.
/// </summary>
public sealed class PlatformMatch
{
    private readonly Dictionary<string, (int Id, string Province)> _byUscc;
    private readonly Dictionary<string, (int Id, string Province)> _byName;
    private readonly Dictionary<int, string> _provinces;
    private readonly Dictionary<int, string> _names;

    private PlatformMatch(IReadOnlyList<(int Id, string Name, string Uscc, string Province)> platforms)
    {
        _byUscc = platforms.ToDictionary(p => p.Uscc, p => (p.Id, p.Province));
        _byName = platforms.GroupBy(p => p.Name).ToDictionary(g => g.Key, g => (g.First().Id, g.First().Province));
        _provinces = platforms.ToDictionary(p => p.Id, p => p.Province);
        _names = platforms.ToDictionary(p => p.Id, p => p.Name);
    }

    /// <summary>One query for the platforms a batch names.</summary>
    public static async Task<PlatformMatch> LoadAsync(RegulatorDbContext db, IReadOnlyList<ReportedAccount> accounts, CancellationToken ct)
    {
        var codes = accounts.Select(a => a.PlatformUscc).OfType<string>().Distinct().ToList();
        var names = accounts.Select(a => a.PlatformName).OfType<string>().Distinct().ToList();
        var rows = await db.Platforms.IgnoreQueryFilters().AsNoTracking()
            .Where(p => codes.Contains(p.Uscc) || names.Contains(p.Name))
            .Select(p => new { p.Id, p.Name, p.Uscc, p.ProvinceCode })
            .ToListAsync(ct);
        return new PlatformMatch(rows.Select(r => (r.Id, r.Name, r.Uscc, r.ProvinceCode)).ToList());
    }

    public int? Resolve(ReportedAccount account) =>
        account.PlatformUscc is { } code && _byUscc.TryGetValue(code, out var byCode) ? byCode.Id
        : account.PlatformName is { } name && _byName.TryGetValue(name, out var byName) ? byName.Id
        : null;

    public string? ProvinceOf(int? platformId) => platformId is { } id ? _provinces[id] : null;

    /// <summary>The registered name of a platform this batch matched; null for none.</summary>
    public string? NameOf(int? platformId) => platformId is { } id ? _names[id] : null;
}
