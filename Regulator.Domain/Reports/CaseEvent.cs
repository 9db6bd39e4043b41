using System.Text.RegularExpressions;
using Regulator.Domain.Protection;

namespace Regulator.Domain.Reports;

/// <summary>
/// One step in a case's handling, who took it and when. Events are only ever read through their case, so the
/// case's province filter covers them; they are appended, never changed. What the step decided is kept as values
/// (outcome, measures, categories, province), never as words of one language, so the timeline shows it in the
/// reader's language.
/// </summary>
public partial class CaseEvent
{
    public long Id { get; set; }
    public long CaseId { get; set; }
    public DateTime OccurredUtc { get; set; }
    public CaseEventKind Kind { get; set; }
    public string? ActorName { get; set; }

    /// <summary>
    /// Free text of the step in the words someone typed: the assignee's name (<see cref="CaseEventKind.Assigned"/>), the
    /// department a case was transferred to (<see cref="CaseEventKind.Closed"/>). Rows written before the values below
    /// existed hold the whole step in words here, outcome and measures as enum names ("Transferred None 属地公安机关").
    /// </summary>
    public string? Details { get; set => field = IdentityScrubber.Scrub(value); }

    /// <summary>The outcome a <see cref="CaseEventKind.Closed"/> step decided.</summary>
    public CaseOutcome? Outcome { get; set; }

    /// <summary>The CAC Art. 14 measures a <see cref="CaseEventKind.Closed"/> step took (none unless substantiated).</summary>
    public PunitiveMeasures? Measures { get; set; }

    /// <summary>The category a <see cref="CaseEventKind.Recategorized"/> step replaced.</summary>
    public int? PreviousCategoryId { get; set; }

    /// <summary>The category a <see cref="CaseEventKind.Recategorized"/> step chose.</summary>
    public int? CategoryId { get; set; }

    /// <summary>The province (code) a <see cref="CaseEventKind.RoutedToProvince"/> step sent the case to.</summary>
    public string? RoutedToProvinceCode { get; set; }

    /// <summary>
    /// A closing step's outcome, measures and transfer department: from its values, or read back from the enum names an
    /// older row stored in <see cref="Details"/>; null when the step is not a closing or the old text does not parse.
    /// </summary>
    public (CaseOutcome Outcome, PunitiveMeasures Measures, string? TransferredTo)? Closing()
    {
        if (Kind != CaseEventKind.Closed) return null;
        if (Outcome is { } outcome) return (outcome, Measures ?? PunitiveMeasures.None, Details);
        if (Details is null || LegacyClosing().Match(Details) is not { Success: true } m
            || !Enum.TryParse<CaseOutcome>(m.Groups["outcome"].Value, out var old)
            || !Enum.TryParse<PunitiveMeasures>(m.Groups["measures"].Value, out var measures)) return null;
        return (old, measures, m.Groups["to"].Success ? m.Groups["to"].Value : null);
    }

    /// <summary>An assignment's assignee as stored; older rows wrote "指派给 " before the name.</summary>
    public string? AssigneeName() => Kind != CaseEventKind.Assigned ? null
        : Details is { } d && d.StartsWith(LegacyAssignedPrefix, StringComparison.Ordinal) ? d[LegacyAssignedPrefix.Length..] : Details;

    /// <summary>The step in one invariant line for the audit trail (enum names and codes, as the audit stores them).</summary>
    public string AuditText() => Kind switch
    {
        CaseEventKind.Closed when Closing() is { } c => $"{c.Outcome} {c.Measures} {c.TransferredTo}".Trim(),
        CaseEventKind.Recategorized when CategoryId is not null => $"category {PreviousCategoryId} → {CategoryId}",
        CaseEventKind.RoutedToProvince when RoutedToProvinceCode is not null => $"province {RoutedToProvinceCode}",
        CaseEventKind.Assigned => $"assigned {AssigneeName()}",
        _ => Details ?? "",
    };

    private const string LegacyAssignedPrefix = "指派给 ";

    // "{outcome} {measures} {transferredTo}" as ReportCase.Close wrote it: flags print as "Warning, Suspension".
    [GeneratedRegex(@"^(?<outcome>[A-Za-z]+) (?<measures>[A-Za-z]+(?:, [A-Za-z]+)*)(?: (?<to>.+))?$", RegexOptions.Singleline)]
    private static partial Regex LegacyClosing();
}
