namespace Regulator.Domain.Jobs;

/// <summary>What a job run produced, set by the job as its result and written to its <see cref="JobRun"/>.</summary>
public sealed record JobProduct(string Summary, string? Href = null);
