namespace Regulator.Domain.Blacklist;

/// <summary>
/// One line of the versioned feed: an identity's new standing after a publication, lift or expiry. It carries the
/// keyed blind index and the standing only — never a name or a number — so it is national data, readable by every
/// platform and not province-owned. Each line is absolute (not a delta), so a reader that applies lines in version
/// order, from any starting point, ends with the true list.
/// </summary>
public class BlacklistChange
{
    /// <summary>Strictly increasing, without gaps between committed lines; see <see cref="BlacklistFeedVersion"/>.</summary>
    public long Version { get; set; }

    public byte[] BlindIndex { get; set; } = [];
    public BlacklistChangeKind Kind { get; set; }

    /// <summary>Null when <see cref="Kind"/> is <see cref="BlacklistChangeKind.Removed"/>.</summary>
    public BlacklistSeverity? Severity { get; set; }

    public DateOnly? EndsOn { get; set; }
    public DateTime ChangedUtc { get; set; }

    public BlacklistStanding? Standing => Severity is { } severity ? new BlacklistStanding(severity, EndsOn) : null;
}
