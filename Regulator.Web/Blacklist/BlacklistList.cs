using Regulator.Domain.Blacklist;
using Regulator.Domain.Common;
using Regulator.Domain.Persistence;
using Regulator.Web.Shared;
using Regulator.Web.Shared.Lists;

namespace Regulator.Web.Blacklist;

/// <summary>
/// The blacklist list (<c>/blacklist</c>, export <c>/export/blacklist.xlsx</c>). Query string: <c>q</c> (part of a
/// display name), <c>identity</c> (the blind index of a full number, never the number), <c>state</c>, <c>severity</c>
/// (enum names), <c>category</c> (id), <c>province</c>, and a dashboard's drill: <c>agency</c>, <c>from</c> and
/// <c>to</c> (China days of proposal, yyyy-MM-dd). Most recently changed first; keyset paging.
/// </summary>
public sealed class BlacklistList : ListDefinition<BlacklistSearch.Row>
{
    public override string Name => "blacklist";

    protected override Type Texts => typeof(BlacklistText);

    public override bool UsesKeyset => true;

    public override IListQuery<BlacklistSearch.Row> Query(ListState state) => new BlacklistListQuery(new BlacklistSearch(
        state["q"], state["identity"], state.Enum<BlacklistState>("state"), state.Enum<BlacklistSeverity>("severity"), state.Int("category"),
        state["province"], state.Enum<Agency>("agency"), state.Date("from"), state.Date("to")));

    public override IReadOnlyList<ListColumn<BlacklistSearch.Row>> Columns { get; } =
    [
        new("Identity", (e, _) => e.IdentityMasked),
        new("DisplayNames", (e, _) => string.Join("、", e.DisplayNames)),
        new("Category", (e, _) => BlacklistText.Pick(e.CategoryNameZh, e.CategoryNameEn)),
        new("Severity", (e, t) => t["Severity" + e.Severity].Value),
        new("StartsOn", (e, _) => e.StartsOn.ToString("yyyy-MM-dd")),
        new("EndsOn", (e, t) => e.EndsOn?.ToString("yyyy-MM-dd") ?? t["NoEnd"].Value),
        new("State", (e, t) => t["State" + e.State].Value),
        new("Province", (e, _) => ProvinceNames.Of(e.ProvinceCode)),
        new("Updated", (e, _) => ChinaTime.FromUtc(e.UpdatedUtc).DateTime),
    ];
}
