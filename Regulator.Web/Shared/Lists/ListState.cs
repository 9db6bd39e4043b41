using System.Globalization;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Primitives;
using Regulator.Domain.Common;

namespace Regulator.Web.Shared.Lists;

/// <summary>
/// Everything that shapes a list on screen, read from the query string so that a bookmarked or shared address
/// opens the same view and the export of the list applies the same filters: the list's own filters by name,
/// <c>sort</c> (a column key, <c>-key</c> for descending), <c>size</c> (rows per page) and the cursor
/// (<c>after</c> or <c>before</c>). Parsing is forgiving: a value that does not parse counts as absent.
/// </summary>
public sealed class ListState
{
    public const string SortName = "sort";
    public const string SizeName = "size";
    public const string AfterName = "after";
    public const string BeforeName = "before";

    /// <summary>The query-string fields that page through a list rather than filter it.</summary>
    public static readonly IReadOnlySet<string> PagingNames = new HashSet<string> { AfterName, BeforeName };

    private readonly Dictionary<string, StringValues> _values;

    // The fields a list's query asked for (ListDefinition.Query reads them through the indexer or All), so the
    // list can tell a filter that narrows its rows from a stray field it ignores.
    private readonly HashSet<string> _read = new(StringComparer.OrdinalIgnoreCase);

    private ListState(Dictionary<string, StringValues> values) => _values = values;

    public static ListState Parse(string? queryString) =>
        new(QueryHelpers.ParseQuery(queryString).ToDictionary(StringComparer.OrdinalIgnoreCase));

    public static ListState FromUri(string uri) => Parse(new Uri(uri).Query);

    /// <summary>The raw text of a field, trimmed; null when absent or blank.</summary>
    public string? this[string name]
    {
        get
        {
            _read.Add(name);
            return _values.TryGetValue(name, out var v) && !string.IsNullOrWhiteSpace(v.ToString()) ? v.ToString().Trim() : null;
        }
    }

    /// <summary>Every value of a field given more than once (a multi-choice filter).</summary>
    public IReadOnlyList<string> All(string name)
    {
        _read.Add(name);
        return _values.TryGetValue(name, out var v) ? v.Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => s!.Trim()).ToList() : [];
    }

    /// <summary>
    /// The filters in the address that the list's query read so far (call after <c>ListDefinition.Query</c>), as
    /// (field, value), in the address's order: what actually narrows the rows, without sort, page size or cursor.
    /// </summary>
    public IEnumerable<(string Name, string Value)> ReadFilters() =>
        _values.Keys.Where(k => _read.Contains(k) && !PagingNames.Contains(k) && k is not (SortName or SizeName))
            .SelectMany(k => _values[k].Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => (k, v!.Trim())))
            .ToList();

    public int? Int(string name) => int.TryParse(this[name], NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : null;

    public TEnum? Enum<TEnum>(string name) where TEnum : struct, Enum =>
        System.Enum.TryParse<TEnum>(this[name], ignoreCase: true, out var e) && System.Enum.IsDefined(e) ? e : null;

    /// <summary>A calendar date written yyyy-MM-dd (a day in China Standard Time).</summary>
    public DateOnly? Date(string name) =>
        DateOnly.TryParseExact(this[name], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    public bool Flag(string name) => this[name] is "1" or "true" or "on";

    /// <summary>The sort key without its direction, or null for the list's default order.</summary>
    public string? SortKey => this[SortName]?.TrimStart('-');

    public bool SortDescending => this[SortName]?.StartsWith('-') == true;

    /// <summary>Which page to read.</summary>
    public ListRequest Page => new(Int(SizeName) ?? ListRequest.DefaultPageSize, this[AfterName], this[BeforeName]);

    /// <summary>The filters and sort as a query string (without paging), for an export link or a comparison.</summary>
    public string ViewQuery(bool withSize = true) =>
        QueryHelpers.AddQueryString("", _values
            .Where(kv => !PagingNames.Contains(kv.Key) && (withSize || kv.Key != SizeName))
            .SelectMany(kv => kv.Value.Where(v => !string.IsNullOrEmpty(v)).Select(v => KeyValuePair.Create(kv.Key, v))));

    /// <summary>
    /// The filters alone as a query string (no sort, page size or cursor), in a fixed order: equal strings mean the
    /// same rows, whatever their order or page, so the same total.
    /// </summary>
    public string FilterQuery() =>
        QueryHelpers.AddQueryString("", _values.Where(kv => !PagingNames.Contains(kv.Key) && kv.Key is not (SortName or SizeName))
            .OrderBy(kv => kv.Key, StringComparer.Ordinal)
            .SelectMany(kv => kv.Value.Where(v => !string.IsNullOrEmpty(v)).Select(v => KeyValuePair.Create(kv.Key, v))));

    /// <summary>The whole state as a query string, cursor included: equal strings mean the same page.</summary>
    public override string ToString() =>
        QueryHelpers.AddQueryString("", _values.OrderBy(kv => kv.Key, StringComparer.Ordinal)
            .SelectMany(kv => kv.Value.Where(v => !string.IsNullOrEmpty(v)).Select(v => KeyValuePair.Create(kv.Key, v))));
}
