namespace Regulator.Domain.Credit;

/// <summary>A platform listed as untrustworthy on a day, with the level (spot-check draws weight it up).</summary>
public sealed record DesignatedPlatform(int PlatformId, DesignationLevel Level);
