using Microsoft.EntityFrameworkCore;
using Regulator.Domain.Common;
using Regulator.Domain.Persistence;
using System.Buffers.Text;

namespace Regulator.Domain.Blacklist;

/// <summary>
/// The blacklist list's filters (paged by <see cref="BlacklistListQuery"/>). What a user sees is decided by the
/// central scoping filter: their province's entries in any state plus every entry ever published; national staff
/// see all. An identity number is searched by its blind index only (<see cref="IdentityIndex"/>), never in clear.
/// </summary>
/// <param name="Text">Part of a display name.</param>
/// <param name="IdentityIndex">The base64url blind index of a full identity number (as the address carries it).</param>
/// <param name="From">First China day of proposal (inclusive), for a dashboard's "proposed in the period".</param>
/// <param name="To">Last China day of proposal (inclusive).</param>
public sealed record BlacklistSearch(string? Text = null, string? IdentityIndex = null, BlacklistState? State = null, BlacklistSeverity? Severity = null, int? CategoryId = null,
    string? ProvinceCode = null, Agency? Agency = null, DateOnly? From = null, DateOnly? To = null)
{
    /// <summary>A list row: masked identity only.</summary>
    public static readonly System.Linq.Expressions.Expression<Func<BlacklistEntry, Row>> Shown = e => new Row(e.Id, e.IdentityMasked, e.DisplayNames,
        e.Category!.NameZh, e.Category.NameEn, e.Severity, e.EscalatedByEntryId != null, e.StartsOn, e.EndsOn, e.State, e.ProvinceCode,
        e.ReportingPlatformId != null, e.UpdatedUtc);

    public sealed record Row(long Id, string IdentityMasked, IReadOnlyList<string> DisplayNames, string CategoryNameZh, string CategoryNameEn,
        BlacklistSeverity Severity, bool Escalated, DateOnly StartsOn, DateOnly? EndsOn, BlacklistState State, string ProvinceCode,
        bool ReportedByPlatform, DateTime UpdatedUtc);

    /// <summary>The entries matching the filters, unordered.</summary>
    public IQueryable<BlacklistEntry> Filtered(RegulatorDbContext db)
    {
        var query = db.BlacklistEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(Text))
        {
            var text = Text.Trim();
            query = query.Where(e => e.DisplayNames.Any(n => n.Contains(text)));
        }
        if (IdentityIndex is not null)
        {
            // A tampered index finds nothing rather than failing.
            var index = Base64Url.IsValid(IdentityIndex) ? Base64Url.DecodeFromChars(IdentityIndex) : [];
            query = query.Where(e => e.IdentityBlindIndex == index);
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
}
