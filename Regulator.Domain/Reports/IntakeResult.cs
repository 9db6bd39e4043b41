namespace Regulator.Domain.Reports;

/// <summary>The outcome of a batch, item by item.</summary>
public sealed record IntakeResult(IReadOnlyList<IntakeItemResult> Items)
{
    public int Stored => Items.Count(i => i.Status == IntakeItemStatus.Stored);
    public int Duplicates => Items.Count(i => i.Status == IntakeItemStatus.Duplicate);
    public int Rejected => Items.Count(i => i.Status == IntakeItemStatus.Rejected);
}
