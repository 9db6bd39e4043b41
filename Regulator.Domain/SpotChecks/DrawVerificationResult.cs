namespace Regulator.Domain.SpotChecks;

/// <summary>
/// A draw replayed: the snapshot's hash as recorded and as recomputed from the stored file, the result as recorded
/// and as replayed, and whether the tasks handed out are the replayed ones. <see cref="Matches"/> only when all agree.
/// <see cref="Replayed"/> is the selection the replay made (target ids, weights and inspector ids in draw order), for the
/// public verification page to show beside the published one.
/// </summary>
public sealed record DrawVerificationResult(
    int DrawId, int PlanId, int Attempt, string SeedHex, string Algorithm, int PopulationSize, int Drawn,
    string RecordedSnapshotHash, string ComputedSnapshotHash, string RecordedResultHash, string ReplayedResultHash, bool? TasksMatch,
    TimeSpan Elapsed, IReadOnlyList<Draws.DrawnTarget> Replayed)
{
    public bool SnapshotMatches => RecordedSnapshotHash == ComputedSnapshotHash;
    public bool ResultMatches => RecordedResultHash == ReplayedResultHash;
    public bool Matches => SnapshotMatches && ResultMatches && TasksMatch != false;
}
