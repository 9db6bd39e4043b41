using System.Globalization;
using Microsoft.Extensions.Localization;
using Regulator.Domain.Dashboards;
using Regulator.Domain.Reports;
using Regulator.Web.Jobs;

namespace Regulator.Web.Dashboards;

/// <summary>The reader's-language names of a dashboard's figures, trend series and buckets.</summary>
public sealed class DashboardLabels(IStringLocalizer<DashboardsText> t, IStringLocalizer<JobsText> jobs)
{
    public const string CategoryPrefix = "cases.category.";
    public const string OverdueCategoryPrefix = "cases.overdue.";
    public const string RulePrefix = "findings.rule.";

    /// <summary>The name of tile <paramref name="code"/> (<see cref="DashboardTile.Code"/>).</summary>
    public string Tile(string code) => code switch
    {
        _ when code.StartsWith(CategoryPrefix, StringComparison.Ordinal) => Category(code[CategoryPrefix.Length..]),
        _ when code.StartsWith(OverdueCategoryPrefix, StringComparison.Ordinal) => Category(code[OverdueCategoryPrefix.Length..]),
        _ when code.StartsWith(RulePrefix, StringComparison.Ordinal) => Rule(code[RulePrefix.Length..]),
        // Resource names are matched without regard to case: "blacklist.proposed" (entries proposed in the period) and
        // "blacklist.Proposed" (entries in that state now) need names that differ in more than case.
        "blacklist.proposed" => t["Tile_blacklist.new"],
        _ => t["Tile_" + code],
    };

    /// <summary>The name of trend series <paramref name="code"/> (<see cref="TrendSeries.Code"/>).</summary>
    public string Series(string code) => t["Series_" + code];

    /// <summary>An inspection rule's title, as the inspection pages name it.</summary>
    public string Rule(string code) => jobs[$"Rule_{code}_Title"];

    /// <summary>A report category by code: its seeded name in the reader's language, the code for a category added later.</summary>
    public static string Category(string code) => ReportTaxonomy.Seed.FirstOrDefault(c => c.Code == code) is { } c
        ? (CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "zh" ? c.NameZh : c.NameEn)
        : code;

    /// <summary>A trend bucket's label: the day, the week's first day, or the month.</summary>
    public static string Bucket(TrendPoint point, TrendGrain grain) => grain switch
    {
        TrendGrain.Month => point.From.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        _ => point.From.ToString("MM-dd", CultureInfo.InvariantCulture),
    };
}
