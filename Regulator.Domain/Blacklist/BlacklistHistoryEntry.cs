using Regulator.Domain.Protection;
using Regulator.Domain.Identity;

namespace Regulator.Domain.Blacklist;

/// <summary>One line of an entry's history: who did what, when, why, and the state it left the entry in.</summary>
public class BlacklistHistoryEntry
{
    public DateTime OccurredUtc { get; set; }
    public BlacklistEvent Event { get; set; }
    public BlacklistState State { get; set; }
    public BlacklistSeverity Severity { get; set; }
    public string Actor { get; set; } = "";
    public ActorKind ActorKind { get; set; }
    public string Reason { get; set => field = IdentityScrubber.Scrub(value)!; } = "";
}
