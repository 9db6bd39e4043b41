namespace Regulator.Domain.SpotChecks;

/// <summary>What a step on a task came to: not found (outside the actor's scope or not their task), refused with a reason, or done.</summary>
public sealed record TaskStep(bool Found, string? Error)
{
    public static readonly TaskStep NotFound = new(false, null);
    public static readonly TaskStep Done = new(true, null);

    public static TaskStep Refused(string error) => new(true, error);
}
