namespace Regulator.Domain.SpotChecks.Draws;

/// <summary>One drawn target, in draw order, with the inspectors drawn for it (in the order they were drawn).</summary>
public sealed record DrawnTarget(int Order, long TargetId, int PlatformId, long Weight, IReadOnlyList<int> InspectorIds);
