namespace Regulator.Domain.SpotChecks;

/// <summary>What a draw request came to: not found (outside the actor's scope), refused or failed with a reason, or the completed draw.</summary>
public sealed record DrawAttempt(bool Found, string? Error, SpotCheckDraw? Draw)
{
    public static readonly DrawAttempt NotFound = new(false, null, null);

    public static DrawAttempt Refused(string error) => new(true, error, null);
}
