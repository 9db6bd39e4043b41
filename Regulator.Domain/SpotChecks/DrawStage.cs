namespace Regulator.Domain.SpotChecks;

/// <summary>The parts of a draw, in the order <see cref="SpotCheckDrawing"/> does them.</summary>
public enum DrawStage
{
    /// <summary>The seed is saved and audited; nothing has been read yet.</summary>
    SeedRecorded = 1,

    /// <summary>The population and its weights, the inspector pool and the exclusions are read.</summary>
    PopulationRead = 2,

    /// <summary>The snapshot's canonical text is written, hashed and compressed.</summary>
    SnapshotStored = 3,

    /// <summary>Targets and inspectors are drawn.</summary>
    Drawn = 4,

    /// <summary>One task per drawn target is saved: the draw is complete.</summary>
    TasksSaved = 5,
}
