using Regulator.Domain.IdentityNumbers;

namespace Regulator.Domain.Blacklist;

/// <summary>
/// The answer for one identity: on the list with its standing, not on the list, or why the number was not understood
/// (with the stable code a platform acts on, e.g. <see cref="IdentityNumberCodes.ExcelTruncated"/>).
/// </summary>
public readonly record struct BlacklistCheckAnswer(BlacklistStanding? Standing, IdentityNumberProblem? Problem)
{
    public bool IsInvalid => Problem is not null;
}
