namespace Regulator.Domain.Credit;

/// <summary>How a State Council holiday notice changes a day: off on a weekday, or worked on a weekend (调休).</summary>
public enum CalendarDayKind
{
    /// <summary>A statutory holiday or one of its bridging days: not a working day.</summary>
    Holiday = 1,

    /// <summary>A Saturday or Sunday declared a working day to make up for a bridging day.</summary>
    MakeUpWorkday = 2,
}
