namespace Regulator.Domain.Persistence;

/// <summary>
/// Counts kept in memory on the hot path and added to the database every few seconds, because a write per event
/// would cost more than the event (blacklist checks, high-volume key use). A flush that fails keeps its counts.
/// </summary>
public interface IBufferedCounter
{
    Task FlushAsync(RegulatorDbContext db, CancellationToken ct);
}
