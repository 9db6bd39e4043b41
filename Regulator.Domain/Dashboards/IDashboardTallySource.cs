using Regulator.Domain.Persistence;

namespace Regulator.Domain.Dashboards;

/// <summary>
/// Feeds one or more measures of the rollup. The rollup asks what changed since the watermarks it keeps for the source,
/// deletes the source's cells on those days and stores what <see cref="TallyAsync"/> counts for them, so a source never
/// adds or subtracts: recounting a day is always right, however often it runs. Another feature adds its figures by
/// registering one more implementation (credit grades, untrustworthy listings, spot-check completion).
/// </summary>
public interface IDashboardTallySource
{
    /// <summary>The measures this source writes; its cells on a recounted day are replaced as a whole.</summary>
    IReadOnlyList<string> Measures { get; }

    /// <summary>
    /// The China days whose figures changed since <paramref name="watermarks"/> (read with
    /// <see cref="DashboardChanges.Position"/>) and the positions to store once they are recounted. Reads past the
    /// province filter: the rollup serves every province.
    /// </summary>
    Task<DashboardChanges> ChangesAsync(RegulatorDbContext db, IReadOnlyDictionary<string, long> watermarks, CancellationToken ct);

    /// <summary>The cells of the days <paramref name="from"/> to <paramref name="to"/> inclusive, counted from the records.</summary>
    Task<IReadOnlyList<DashboardTally>> TallyAsync(RegulatorDbContext db, DateOnly from, DateOnly to, CancellationToken ct);
}
