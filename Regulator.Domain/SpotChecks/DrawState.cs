namespace Regulator.Domain.SpotChecks;

public enum DrawState
{
    /// <summary>The seed is on record; the draw has not run (or the process stopped while it ran).</summary>
    SeedRecorded = 1,

    /// <summary>Ran and made the plan's tasks.</summary>
    Completed = 2,

    /// <summary>Ran and could not finish (too few eligible inspectors, an empty population); kept with its reason.</summary>
    Failed = 3,

    /// <summary>Completed, then replaced by a redraw; kept on record with the redraw's reason.</summary>
    Superseded = 4,
}
