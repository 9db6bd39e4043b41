namespace Regulator.Domain.Blacklist;

/// <summary>
/// What the national list says about one identity: the strongest entry in force — the most severe, and of equal
/// severity the one that runs longest. This, and nothing more, is what platforms are told.
/// </summary>
public readonly record struct BlacklistStanding(BlacklistSeverity Severity, DateOnly? EndsOn)
{
    public bool IsInForceOn(DateOnly day) => EndsOn is null || EndsOn >= day;

    /// <summary>The standing given by the published entries of one identity on a day, or null when none is in force.</summary>
    public static BlacklistStanding? Of(IEnumerable<BlacklistEntry> entries, DateOnly day) =>
        Strongest(entries.Where(e => e.IsInForceOn(day)).Select(e => new BlacklistStanding(e.Severity, e.EndsOn)));

    public static BlacklistStanding? Strongest(IEnumerable<BlacklistStanding> standings)
    {
        BlacklistStanding? strongest = null;
        foreach (var s in standings)
            if (strongest is not { } best || s.Severity > best.Severity || (s.Severity == best.Severity && RunsLonger(s.EndsOn, best.EndsOn)))
                strongest = s;
        return strongest;
    }

    private static bool RunsLonger(DateOnly? a, DateOnly? b) => b is not null && (a is null || a > b);
}
