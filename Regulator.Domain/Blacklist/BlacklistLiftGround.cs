namespace Regulator.Domain.Blacklist;

/// <summary>Why a published entry was lifted; it decides whether the entry still counts as a prior offence.</summary>
public enum BlacklistLiftGround
{
    /// <summary>申诉成立: the entry was wrong, so it never counts towards escalation.</summary>
    AppealUpheld = 1,

    /// <summary>期满复出: the period is judged served (comeback approved); the offence still counts.</summary>
    PeriodServed = 2,
}
