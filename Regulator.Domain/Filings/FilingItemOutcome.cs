namespace Regulator.Domain.Filings;

/// <summary>What intake did with one item of a batch.</summary>
public enum FilingItemOutcome
{
    /// <summary>A new filing was stored.</summary>
    Created = 1,

    /// <summary>An existing filing (same platform publisher id) took the changed content.</summary>
    Updated = 2,

    /// <summary>Identical to what is on file: nothing changed.</summary>
    Unchanged = 3,

    /// <summary>Malformed: nothing stored, see the problems.</summary>
    Invalid = 4,
}
