namespace Regulator.Domain.Blacklist;

/// <summary>The answer for one identity: on the list with its standing, not on the list, or why the number was not understood.</summary>
public readonly record struct BlacklistCheckAnswer(BlacklistStanding? Standing, string? Problem)
{
    public bool IsInvalid => Problem is not null;
}
