namespace Regulator.Domain.Blacklist;

/// <summary>How hard an entry bars the person, weakest first (the order is used by escalation and by the check answer).</summary>
public enum BlacklistSeverity
{
    /// <summary>警示名单: on the warning list for a period (MCT opinion 18, warning and comeback management).</summary>
    Warning = 1,

    /// <summary>限期禁入: barred from opening accounts until the end date.</summary>
    TimedBan = 2,

    /// <summary>永久禁入: barred without end.</summary>
    Permanent = 3,
}
