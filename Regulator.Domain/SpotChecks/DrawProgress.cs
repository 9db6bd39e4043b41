namespace Regulator.Domain.SpotChecks;

/// <summary>
/// How far a running draw has come, reported by <see cref="SpotCheckDrawing"/> as each part is done so that the
/// administrator watching sees the seed fixed before the population is read: the seed (16 hex digits) from
/// <see cref="DrawStage.SeedRecorded"/> on, the population's size from <see cref="DrawStage.PopulationRead"/> on.
/// </summary>
public sealed record DrawProgress(DrawStage Stage, string SeedHex, int? PopulationSize = null);
