namespace Regulator.Domain.Blacklist;

/// <summary>What happened to an entry, as its history records it.</summary>
public enum BlacklistEvent
{
    Proposed = 1,
    Confirmed = 2,
    Published = 3,
    Lifted = 4,
    Expired = 5,
    Declined = 6,

    /// <summary>The severity was raised because the person re-offended during or after a warning period.</summary>
    Escalated = 7,

    /// <summary>The warning that caused an escalation was voided on appeal before publication, so the raise was undone.</summary>
    EscalationWithdrawn = 8,
}
