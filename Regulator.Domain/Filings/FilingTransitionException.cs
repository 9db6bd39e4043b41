namespace Regulator.Domain.Filings;

/// <summary>A review step the rules do not allow; the message is written for the clerk who tried it.</summary>
public sealed class FilingTransitionException(string message) : InvalidOperationException(message);
