using Microsoft.EntityFrameworkCore;
using Regulator.Domain.Common;
using Regulator.Domain.Persistence;
using Regulator.Domain.Protection;

namespace Regulator.Domain.Blacklist;

/// <summary>
/// The blacklist page's filters, most recently changed first, read by keyset. What a user sees is decided by the
/// central scoping filter: their province's entries in any state plus every entry ever published; national staff
/// see all. A full identity number in the search box is matched through its blind index, never in clear.
/// </summary>
/// <param name="From">First China day of proposal (inclusive), for a dashboard's "proposed in the period".</param>
/// <param name="To">Last China day of proposal (inclusive).</param>
public sealed record BlacklistSearch(string? Text = null, BlacklistState? State = null, BlacklistSeverity? Severity = null, int? CategoryId = null,
    string? ProvinceCode = null, string? After = null, Agency? Agency = null, DateOnly? From = null, DateOnly? To = null)
{
    public const int PageSize = 50;

    /// <summary>A list row: masked identity only.</summary>
    public static readonly System.Linq.Expressions.Expression<Func<BlacklistEntry, Row>> Shown = e => new Row(e.Id, e.IdentityMasked, e.DisplayNames,
        e.Category!.NameZh, e.Category.NameEn, e.Severity, e.EscalatedByEntryId != null, e.StartsOn, e.EndsOn, e.State, e.ProvinceCode,
        e.ReportingPlatformId != null, e.UpdatedUtc);

    public sealed record Row(long Id, string IdentityMasked, IReadOnlyList<string> DisplayNames, string CategoryNameZh, string CategoryNameEn,
        BlacklistSeverity Severity, bool Escalated, DateOnly StartsOn, DateOnly? EndsOn, BlacklistState State, string ProvinceCode,
        bool ReportedByPlatform, DateTime UpdatedUtc);

    /// <summary>The entries matching the filters, unordered; <see cref="After"/> is not applied.</summary>
    public IQueryable<BlacklistEntry> Filtered(RegulatorDbContext db, IdentityProtector protector, DateOnly today)
    {
        var query = db.BlacklistEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(Text))
        {
            var number = IdentityProtector.Normalize(Text);
            if (BlacklistRules.IdentityProblem(number, today) is null)
            {
                var index = protector.BlindIndex(number);
                query = query.Where(e => e.IdentityBlindIndex == index);
            }
            else
            {
                var text = Text.Trim();
                query = query.Where(e => e.DisplayNames.Any(n => n.Contains(text)));
            }
        }
        if (State is { } state) query = query.Where(e => e.State == state);
        if (Severity is { } severity) query = query.Where(e => e.Severity == severity);
        if (CategoryId is { } category) query = query.Where(e => e.CategoryId == category);
        if (!string.IsNullOrEmpty(ProvinceCode)) query = query.Where(e => e.ProvinceCode == ProvinceCode);
        if (Agency is { } agency) query = query.Where(e => e.Agency == agency);
        if (From is { } from) query = query.Where(e => e.CreatedUtc >= ChinaTime.StartOfDayUtc(from));
        if (To is { } to) query = query.Where(e => e.CreatedUtc < ChinaTime.StartOfDayUtc(to.AddDays(1)));
        return query;
    }

    public async Task<KeysetPage<Row>> RunAsync(RegulatorDbContext db, IdentityProtector protector, DateOnly today, CancellationToken ct = default)
    {
        var query = Filtered(db, protector, today);
        if (KeysetCursor.Decode(After) is var (utc, id)) query = query.Where(e => e.UpdatedUtc < utc || (e.UpdatedUtc == utc && e.Id < id));
        var rows = await query.OrderByDescending(e => e.UpdatedUtc).ThenByDescending(e => e.Id)
            .Select(Shown)
            .Take(PageSize + 1)
            .ToListAsync(ct);
        var next = rows.Count > PageSize ? KeysetCursor.Encode(rows[PageSize - 1].UpdatedUtc, rows[PageSize - 1].Id) : null;
        return new KeysetPage<Row>(rows.Take(PageSize).ToList(), next);
    }
}
