using System.Globalization;
using Microsoft.AspNetCore.WebUtilities;
using Regulator.Domain.Common;
using Regulator.Domain.Dashboards;

namespace Regulator.Web.Dashboards;

/// <summary>
/// A dashboard's view as its address carries it (issue 15: "the period, agency and province are in the URL"):
/// <c>from</c>, <c>to</c> (China days, yyyy-MM-dd), <c>grain</c> (day, week, month), <c>agency</c>, <c>province</c>
/// and <c>map</c> (the figure the China map is coloured by). The page, the Excel export and the PDF read the same
/// parameters, so what is exported or printed is what was on screen. Missing parts default to the last 30 days by day;
/// a part present but unreadable makes the address invalid (the page answers 404 rather than guessing).
/// </summary>
public sealed record DashboardAddress(DashboardRequest Request, string Map)
{
    /// <summary>The default period, in days up to today.</summary>
    public const int DefaultDays = 30;

    /// <summary>The figures the map can be coloured by (see <see cref="DashboardCharts.MapValue"/>).</summary>
    public static readonly IReadOnlyList<string> MapMeasures =
        ["reports-per-million", "filings-per-million", "findings-per-platform", "reports-per-platform", "overdue", "blacklist"];

    /// <summary>Reads the view from the query-string values; null when a value is present but not understood.</summary>
    public static DashboardAddress? Parse(string? from, string? to, string? grain, string? agency, string? province, string? map, DateOnly today)
    {
        var end = today;
        if (!string.IsNullOrEmpty(to) && !TryDay(to, out end)) return null;
        var start = end.AddDays(1 - DefaultDays);
        if (!string.IsNullOrEmpty(from) && !TryDay(from, out start)) return null;
        var trend = TrendGrain.Day;
        if (!string.IsNullOrEmpty(grain) && !TryEnum(grain, out trend)) return null;
        Agency? chosenAgency = null;
        if (!string.IsNullOrEmpty(agency))
        {
            if (!TryEnum<Agency>(agency, out var a)) return null;
            chosenAgency = a;
        }
        var measure = string.IsNullOrEmpty(map) ? MapMeasures[0] : map;
        if (!MapMeasures.Contains(measure)) return null;
        var request = new DashboardRequest(start, end, trend, chosenAgency, string.IsNullOrEmpty(province) ? null : province);
        return request.IsValid ? new DashboardAddress(request, measure) : null;
    }

    /// <summary>Reads the view from a request's query string (the export and print endpoints).</summary>
    public static DashboardAddress? Parse(IQueryCollection query, DateOnly today) =>
        Parse(query["from"], query["to"], query["grain"], query["agency"], query["province"], query["map"], today);

    /// <summary>The query string of this view (with its leading <c>?</c>).</summary>
    public string Query()
    {
        var values = new Dictionary<string, string?>
        {
            ["from"] = Day(Request.From),
            ["to"] = Day(Request.To),
            ["grain"] = Request.Grain.ToString().ToLowerInvariant(),
        };
        if (Request.Agency is { } agency) values["agency"] = agency.ToString();
        if (Request.ProvinceCode is { } province) values["province"] = province;
        if (Map != MapMeasures[0]) values["map"] = Map;
        return QueryHelpers.AddQueryString("", values);
    }

    /// <summary>A China day as the addresses write it.</summary>
    public static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static bool TryDay(string text, out DateOnly day) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day);

    private static bool TryEnum<T>(string text, out T value) where T : struct, Enum =>
        Enum.TryParse(text, ignoreCase: true, out value) && Enum.IsDefined(value) && !int.TryParse(text, out _);
}
