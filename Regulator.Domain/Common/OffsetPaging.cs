using System.Globalization;
using Microsoft.EntityFrameworkCore;

namespace Regulator.Domain.Common;

/// <summary>
/// Pages a short list (platforms, staff: thousands of rows at most) by offset, which lets it sort by any column.
/// Cursors look like <c>o100</c> so they travel in the same query-string fields as keyset cursors.
/// Lists that can hold millions of rows use <see cref="KeysetPaging"/> instead.
/// </summary>
public static class OffsetPaging
{
    /// <param name="ordered">The rows in their final order (ordered by a unique key last, so pages never overlap).</param>
    public static async Task<ListPage<TRow>> PageAsync<TRow>(IQueryable<TRow> ordered, ListRequest page, CancellationToken ct = default)
    {
        var size = page.Size;
        var total = page.WithTotal ? await ordered.LongCountAsync(ct) : -1;
        var offset = Decode(page.After) ?? (Decode(page.Before) is { } before ? Math.Max(0, before - size) : 0);
        var rows = await ordered.Skip(offset).Take(size + 1).ToListAsync(ct);
        var more = rows.Count > size;
        if (more) rows.RemoveAt(size);
        return new ListPage<TRow>(rows, total, offset > 0 ? Encode(offset) : null, more ? Encode(offset + size) : null);
    }

    private static string Encode(int offset) => "o" + offset.ToString(CultureInfo.InvariantCulture);

    private static int? Decode(string? cursor) =>
        cursor is ['o', .. var digits] && int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
}
