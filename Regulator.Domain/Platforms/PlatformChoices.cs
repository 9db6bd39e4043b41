using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Regulator.Domain.Persistence;

namespace Regulator.Domain.Platforms;

/// <summary>
/// The one query behind every platform choice (filters, forms, triage): the platforms the reader may see (the
/// context's province filter decides), by name.
/// </summary>
public static class PlatformChoices
{
    /// <summary>At most this many matches are offered while typing.</summary>
    public const int SearchLimit = 20;

    /// <summary>Every platform the reader may see, by name (short lists: a select or a triage form).</summary>
    public static Task<List<PlatformChoice>> AllAsync(RegulatorDbContext db, CancellationToken ct = default) =>
        db.Platforms.AsNoTracking().OrderBy(p => p.Name).Select(p => new PlatformChoice(p.Id, p.Name, p.ProvinceCode)).ToListAsync(ct);

    /// <summary>
    /// Platforms whose name contains <paramref name="text"/> or whose unified social credit code equals it (blank:
    /// the first ones by name), at most <see cref="SearchLimit"/>.
    /// </summary>
    public static Task<List<PlatformChoice>> SearchAsync(RegulatorDbContext db, string? text, CancellationToken ct = default) => Matching(db.Platforms, text, ct);

    /// <summary>One platform by id, if the reader may see it.</summary>
    public static Task<PlatformChoice?> FindAsync(RegulatorDbContext db, int id, CancellationToken ct = default) => ById(db.Platforms, id, ct);

    /// <summary>The search over <paramref name="platforms"/> (scoped, or every platform for <see cref="PlatformNames"/>).</summary>
    internal static Task<List<PlatformChoice>> Matching(IQueryable<Platform> platforms, string? text, CancellationToken ct)
    {
        var query = platforms.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(text)) query = query.Where(Named(text));
        return query.OrderBy(p => p.Name).Take(SearchLimit).Select(p => new PlatformChoice(p.Id, p.Name, p.ProvinceCode)).ToListAsync(ct);
    }

    /// <summary>
    /// The one rule of which platforms a typed text names, for every platform choice and the registry's search: the
    /// name contains it, or it is the platform's unified social credit code (typed in either case). Translatable.
    /// </summary>
    public static Expression<Func<Platform, bool>> Named(string text)
    {
        var t = text.Trim();
        var code = t.ToUpperInvariant();
        return p => p.Name.Contains(t) || p.Uscc == code;
    }

    internal static Task<PlatformChoice?> ById(IQueryable<Platform> platforms, int id, CancellationToken ct) =>
        platforms.AsNoTracking().Where(p => p.Id == id).Select(p => new PlatformChoice(p.Id, p.Name, p.ProvinceCode)).FirstOrDefaultAsync(ct);
}
