namespace Regulator.Domain.Blacklist;

/// <summary>
/// The single row holding the feed's latest version. Every transaction that appends to the feed first locks this row
/// and bumps it, so feed writers are serialised: versions commit in order, a reader that has seen version N can never
/// later find a line below N appear, and each instance learns of a change by reading this one row every second.
/// </summary>
public class BlacklistFeedVersion
{
    public const int SingletonId = 1;

    public int Id { get; set; }
    public long Version { get; set; }
}
