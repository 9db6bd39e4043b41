namespace Regulator.Domain.Credit;

/// <summary>One line of the public register: only what is published — the published name and (masked) code, the level, basis and period, and a removal.</summary>
public sealed record PublicRegisterRow(long Id, string PublicName, string PublicCode, DesignationLevel Level, string Criterion, string LegalBasis, string ProvinceCode,
    DateOnly StartsOn, DateOnly EndsOn, DesignationState State, DateOnly? RemovedOn, DesignationRemovalGround? RemovalGround);
