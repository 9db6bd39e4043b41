using System.Globalization;
using Regulator.Domain.Common;
using Regulator.Domain.Persistence;
using Regulator.Domain.Reports;
using Regulator.Web.Shared;
using Regulator.Web.Shared.Lists;

namespace Regulator.Web.Reports;

/// <summary>
/// The case inbox (<c>/reports</c>, export <c>/export/cases.xlsx</c>). Query string: <c>status</c>, <c>agency</c>
/// (enum names), <c>category</c>, <c>platform</c> (ids), <c>assignee</c> (a user id), <c>province</c> (a national
/// reader's narrowing; <c>00</c> is national triage; for provincial staff another province's code finds nothing),
/// <c>from</c> and <c>to</c> (China calendar days of the first report), <c>minors</c> and <c>overdue</c>
/// (<c>true</c>), <c>sort</c> (<c>received</c> or <c>due</c>, <c>-</c> for descending; newest first by default,
/// <c>sort=due</c> is most urgent first). Keyset paging: the inbox holds millions of cases.
/// </summary>
public sealed class CasesList(TimeProvider clock) : ListDefinition<CaseSearch.Row>
{
    public override string Name => "cases";

    protected override Type Texts => typeof(ReportsText);

    public override bool UsesKeyset => true;

    public override IListQuery<CaseSearch.Row> Query(ListState state) => new CaseSearch(
        Status: state.Enum<CaseStatus>("status"),
        CategoryId: state.Int("category"),
        MinorsOnly: state.Flag("minors"),
        OverdueOnly: state.Flag("overdue"),
        AssigneeId: state["assignee"],
        PlatformId: state.Int("platform"),
        ProvinceCode: state["province"],
        From: state.Date("from"),
        To: state.Date("to"),
        DueFirst: state.SortKey == "due",
        Agency: state.Enum<Agency>("agency"),
        // Newest first (received, descending) and most urgent first (due, ascending) are the orders without a sign.
        Reversed: state.SortKey == "due" ? state.SortDescending : state.SortKey == "received" && !state.SortDescending)
    {
        NowUtc = clock.GetUtcNow().UtcDateTime,
    };

    public override IReadOnlyList<ListColumn<CaseSearch.Row>> Columns { get; } =
    [
        new("Case", (c, _) => c.Id),
        new("Account", (c, _) => c.AccountLabel),
        new("Platform", (c, _) => c.PlatformName),
        new("Category", (c, _) => CategoryName(c.CategoryNameZh, c.CategoryNameEn)),
        new("Province", (c, t) => ProvinceOf(c.ProvinceCode, t)),
        new("Status", (c, t) => t["Status" + c.Status].Value),
        new("Priority", (c, t) => t["Priority" + c.Priority].Value),
        new("MinorInvolved", (c, t) => c.MinorInvolved ? t["Yes"].Value : ""),
        new("ReportCount", (c, _) => c.ReportCount),
        new("FirstReceived", (c, _) => ChinaTime.FromUtc(c.FirstReceivedUtc).DateTime),
        new("Due", (c, _) => ChinaTime.FromUtc(c.DueUtc).DateTime),
        new("Overdue", (c, t) => c.IsOverdue(clock.GetUtcNow().UtcDateTime) ? t["Overdue"].Value : ""),
        new("Assignee", (c, _) => c.AssigneeName),
    ];

    /// <summary>A category's name in the reader's language.</summary>
    public static string CategoryName(string nameZh, string nameEn) =>
        CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "zh" || string.IsNullOrEmpty(nameEn) ? nameZh : nameEn;

    /// <summary>A case's province in the reader's language, or the national triage queue.</summary>
    public static string ProvinceOf(string code, Microsoft.Extensions.Localization.IStringLocalizer t) =>
        code == NationalTriage.ProvinceCode ? t["NationalTriage"].Value : ProvinceNames.Of(code);
}
