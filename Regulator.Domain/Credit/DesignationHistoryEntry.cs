namespace Regulator.Domain.Credit;

/// <summary>One recorded step of a designation procedure: what, when (UTC and the China working day it counts on), who, and why.</summary>
public sealed record DesignationHistoryEntry(string Step, DateTime OccurredUtc, DateOnly OnDay, string Actor, string Details);
