namespace Regulator.Domain.Credit;

/// <summary>
/// Where a designation procedure stands. Proposed (the notice is issued and the defence period runs) → Listed
/// (decided, published, measures in force) → Removed (period over, credit repaired, or appeal upheld); or Proposed →
/// NotListed when the decision is not to list (e.g. the defence was accepted).
/// </summary>
public enum DesignationState
{
    Proposed = 1,
    Listed = 2,
    NotListed = 3,
    Removed = 4,
}
