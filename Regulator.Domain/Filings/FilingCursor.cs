using System.Globalization;

namespace Regulator.Domain.Filings;

/// <summary>
/// Keyset position in the list, newest first: the last row's (CreatedUtc, Id). Carried in the query string as
/// <c>ticks-id</c>, so a page is a bookmarkable URL and deep pages cost the same as the first (no OFFSET).
/// </summary>
public sealed record FilingCursor(DateTime CreatedUtc, long Id)
{
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{CreatedUtc.Ticks}-{Id}");

    public static FilingCursor? Parse(string? value)
    {
        var parts = value?.Split('-');
        return parts is { Length: 2 }
               && long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks) && ticks <= DateTime.MaxValue.Ticks
               && long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? new FilingCursor(new DateTime(ticks, DateTimeKind.Utc), id)
            : null;
    }
}
