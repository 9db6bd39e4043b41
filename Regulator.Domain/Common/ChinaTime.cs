namespace Regulator.Domain.Common;

/// <summary>
/// Everything is stored in UTC and shown in China Standard Time. China has kept UTC+8 without daylight
/// saving since 1991, so a fixed offset is exact and does not depend on the host's tz database.
/// </summary>
public static class ChinaTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    public static DateTimeOffset FromUtc(DateTime utc) =>
        new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)).ToOffset(Offset);

    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().ToOffset(Offset).DateTime);

    /// <summary>The China calendar day a UTC instant falls on (e.g. the day a background job was created).</summary>
    public static DateOnly ToChinaDate(DateTime utc) => DateOnly.FromDateTime(FromUtc(utc).DateTime);

    /// <summary>Start of a China calendar day, in UTC, for date-range filters entered by people.</summary>
    public static DateTime StartOfDayUtc(DateOnly day) =>
        new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), Offset).UtcDateTime;
}
