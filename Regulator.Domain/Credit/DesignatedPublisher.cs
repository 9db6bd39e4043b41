namespace Regulator.Domain.Credit;

/// <summary>A publisher listed as untrustworthy on a day: the identity's blind index and the level (spot-check draws weight it up).</summary>
public sealed record DesignatedPublisher(byte[] BlindIndex, DesignationLevel Level);
