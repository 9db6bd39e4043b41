namespace Regulator.Domain.Reports;

/// <summary>
/// One item of a push batch (position 0-based) or one row of an imported file (its line number): the draft, or why
/// it could not even be read.
/// </summary>
public sealed record IntakeItem(int Position, ReportDraft? Draft, IReadOnlyDictionary<string, string> ReadErrors)
{
    public static IntakeItem Read(int position, ReportDraft draft) => new(position, draft, new Dictionary<string, string>());

    public static IntakeItem Unreadable(int position, string field, string reason) => new(position, null, new Dictionary<string, string> { [field] = reason });
}
