namespace Regulator.Domain.SpotChecks;

/// <summary>
/// A draw replayed: the snapshot's hash as recorded and as recomputed from the stored file, the result as recorded
/// and as replayed, and whether the tasks handed out are the replayed ones. <see cref="Matches"/> only when all agree.
/// </summary>
public sealed record DrawVerificationResult(
    int DrawId, int PlanId, int Attempt, string SeedHex, string Algorithm, int PopulationSize, int Drawn,
    string RecordedSnapshotHash, string ComputedSnapshotHash, string RecordedResultHash, string ReplayedResultHash, bool? TasksMatch,
    TimeSpan Elapsed)
{
    public bool SnapshotMatches => RecordedSnapshotHash == ComputedSnapshotHash;
    public bool ResultMatches => RecordedResultHash == ReplayedResultHash;
    public bool Matches => SnapshotMatches && ResultMatches && TasksMatch != false;
}
