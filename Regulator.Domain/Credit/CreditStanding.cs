namespace Regulator.Domain.Credit;

/// <summary>
/// The untrustworthy-entity filter of the subject lists: subjects listed (serious or minor, as graded), subjects with a
/// procedure under way (proposed, not yet decided), or subjects with neither.
/// </summary>
public enum CreditStanding
{
    Clear = 1,
    InProcedure = 2,
    ListedMinor = 3,
    ListedSerious = 4,
}
