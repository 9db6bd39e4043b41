using System.Text.RegularExpressions;
using Microsoft.Extensions.Localization;

namespace Regulator.Web.Auditing;

/// <summary>
/// An audit entry's details in the reader's language. Domain steps store them as one invariant English line ("assigned
/// to bj.inspector", "item 3: NoProblem"), which stays readable in the database, in an export for another office and in
/// rows written before this existed; the log shows the lines it knows through a template of <see cref="AuditingText"/>
/// (<c>Detail:{key}</c>) and the enum names inside them through <c>Word:{name}</c>. A line it does not know (a platform's
/// name, a plan's title, a file name) is shown as stored. Masked identity numbers pass through as written: nothing here
/// adds to what the row holds.
/// </summary>
public static partial class AuditDetails
{
    private sealed record Line(Regex Pattern, string Key);

    // Anchored; the groups are the template's arguments in order. Written by CaseHandling, CaseEvent.AuditText,
    // SpotCheckTasks, SpotCheckPlanning, InspectorDirectory, ReportFileImport, UntrustworthyProcedure, ListingCriteria,
    // HolidayCalendar, FilingReview, FilingCsvImport, BlacklistCirculation, BlacklistExpiry, ApiKeyIssuer, and the API
    // key authentication and use meter.
    private static readonly Line[] Lines =
    [
        new(new(@"^assigned (?:to )?(.+)$"), "AssignedTo"),
        new(new(@"^category (\S*) → (\S+)$"), "Recategorized"),
        new(new(@"^province (\d+)$"), "RoutedToProvince"),
        new(new(@"^item (\d+): (rectified|not rectified) (\d{4}-\d{2}-\d{2})$"), "ItemRectification"),
        new(new(@"^item (\d+): ([A-Za-z]+)$"), "ItemOutcome"),
        new(new(@"^published on (\d{4}-\d{2}-\d{2})$"), "PublishedOn"),
        new(new(@"^(available|unavailable)$"), "Availability"),
        new(new(@"^platform (\d+): ([A-Za-z]+)$"), "Conflict"),
        new(new(@"^(\d+) rows: (\d+) stored, (\d+) duplicates, (\d+) rejected$"), "ReportImport"),
        new(new(@"^removed: period ended$"), "RemovedPeriodEnded"),
        new(new(@"^(created|edited|withdrawn|restored)$"), "CriterionChange"),
        new(new(@"^(none|(?:Holiday|MakeUpWorkday) .+) -> (Holiday|MakeUpWorkday) (.+)$"), "CalendarSet"),
        new(new(@"^(Holiday|MakeUpWorkday) (.+) -> none$"), "CalendarCleared"),
        new(new(@"^(\d+) accepted$"), "BulkAccepted"),
        new(new(@"^(.+) \((.+)\): (\d+) rows, (\d+) stored, (\d+) refused$"), "FilingImport"),
        new(new(@"^(Warning|TimedBan|Permanent) (\S+) by (.+) \(identity of filing #(\d+)\)$"), "ProposedFromFiling"),
        new(new(@"^(Warning|TimedBan|Permanent) (\S+) by (.+)$"), "Proposed"),
        new(new(@"^key (\S+) \((.*)\) scopes (.*)$"), "KeyIssued"),
        new(new(@"^key (\S+)$"), "KeyRevoked"),
        new(new(@"^key (\S+) ([A-Z]+) (/\S*)$"), "KeyUsed"),
        new(new(@"^key (\S+) (.+) ×(\d+) between (\S+) and (\S+) UTC \(aggregated\)$"), "KeyCalls"),
        new(new(@"^(Proposed|Confirmed|Published|Lifted|Expired|Declined) (Warning|TimedBan|Permanent) (\S+)$"), "BlacklistState"),
        new(new(@"^(Warning|TimedBan|Permanent) (\S+)$"), "BlacklistExpired"),
        new(new(@"^([a-z-]+) (Minor|Serious) (Proposed|Listed|NotListed|Removed)$"), "Designation"),
    ];

    /// <summary>The details of an entry as the reader reads them; empty for none.</summary>
    public static string ForReader(IStringLocalizer texts, string? details)
    {
        if (string.IsNullOrEmpty(details)) return "";
        foreach (var line in Lines)
        {
            if (line.Pattern.Match(details) is not { Success: true } match) continue;
            if (texts["Detail:" + line.Key] is not { ResourceNotFound: false } template) return details;
            var words = match.Groups.Values.Skip(1).Select((g, i) => Word(texts, line.Key, i + 1, g.Value)).ToArray<object>();
            return string.Format(template.Value, words);
        }
        return details;
    }

    private static string Word(IStringLocalizer texts, string key, int group, string value) => key switch
    {
        "RoutedToProvince" => Regulator.Web.Shared.ProvinceNames.Of(value),
        "CalendarSet" when value.Split(' ', 2) is [var kind, var name] && Named(texts, kind) is { } k => $"{k} {name}",
        _ => Named(texts, $"{key}:{group}:{value}") ?? Named(texts, value) ?? value,
    };

    // A word of one line's group first (Word:Designation:3:Proposed), as several enums share a name (a designation's
    // state "Proposed", its step "proposed", a blacklist entry's state "Proposed"; resource names ignore case), then
    // the common one.
    private static string? Named(IStringLocalizer texts, string word) =>
        texts["Word:" + word] is { ResourceNotFound: false } name ? name.Value : null;
}
