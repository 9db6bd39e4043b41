namespace Regulator.Domain.SpotChecks.Draws;

/// <summary>
/// One member of a draw's population: the target's id (a platform id, or a filing id for publishers), the platform
/// it belongs to (itself, for platforms; conflicts of interest are declared against platforms) and its weight, a
/// positive integer: a member of weight 3 is three times as likely as one of weight 1 to be drawn next.
/// </summary>
public readonly record struct PopulationMember(long TargetId, int PlatformId, long Weight);
