namespace Regulator.Domain.Blacklist;

/// <summary>How an identity's standing changed, as the feed tells platforms.</summary>
public enum BlacklistChangeKind
{
    /// <summary>Newly on the list.</summary>
    Added = 1,

    /// <summary>Still on the list, with another severity or end date.</summary>
    Changed = 2,

    /// <summary>Off the list: lifted or expired.</summary>
    Removed = 3,
}
