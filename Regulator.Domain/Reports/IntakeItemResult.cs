namespace Regulator.Domain.Reports;

/// <summary>What happened to one item, by its position in the batch or file (0-based for a batch, 1-based line for a file).</summary>
public sealed record IntakeItemResult(int Position, string? Id, IntakeItemStatus Status, IReadOnlyDictionary<string, string> Errors);
