namespace Regulator.Domain.Blacklist;

/// <summary>A change the circulation rules do not allow; the message is shown to the person who tried it.</summary>
public sealed class BlacklistTransitionException(string message) : InvalidOperationException(message);
