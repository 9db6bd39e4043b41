namespace Regulator.Domain.Filings;

/// <summary>What happened to a filing, as written to its history.</summary>
public enum FilingEvent
{
    Submitted = 1,
    Resubmitted = 2,
    Accepted = 3,
    ReturnedForCorrection = 4,
    Rejected = 5,
    Withdrawn = 6,

    /// <summary>The stored names were brought to their canonical form by the portal (see <see cref="Filing.CanonicalizeNames"/>).</summary>
    NamesCanonicalized = 7,
}
