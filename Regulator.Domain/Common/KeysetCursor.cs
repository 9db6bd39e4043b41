using System.Globalization;

namespace Regulator.Domain.Common;

/// <summary>
/// The position after the last row of a page, as (timestamp, id): lists ordered by time then id seek
/// past it with an index instead of counting rows with OFFSET, so page 10,000 costs what page 1 does.
/// </summary>
public static class KeysetCursor
{
    public static string Encode(DateTime utc, long id) => $"{utc.Ticks.ToString(CultureInfo.InvariantCulture)}.{id.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>Null for a missing or tampered cursor, which lists treat as "first page".</summary>
    public static (DateTime Utc, long Id)? Decode(string? cursor)
    {
        if (string.IsNullOrEmpty(cursor)) return null;
        var dot = cursor.IndexOf('.');
        return dot > 0
               && long.TryParse(cursor.AsSpan(0, dot), NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
               && ticks <= DateTime.MaxValue.Ticks
               && long.TryParse(cursor.AsSpan(dot + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? (new DateTime(ticks, DateTimeKind.Utc), id)
            : null;
    }
}
