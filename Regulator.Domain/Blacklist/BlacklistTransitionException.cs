namespace Regulator.Domain.Blacklist;

/// <summary>Something the blacklist rules do not allow this actor to do now; the message is shown to the person who tried it.</summary>
public sealed class BlacklistTransitionException(string message) : InvalidOperationException(message);
