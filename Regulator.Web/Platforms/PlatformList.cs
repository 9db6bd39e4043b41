using Regulator.Domain.Common;
using Regulator.Domain.Persistence;
using Regulator.Domain.Platforms;
using Regulator.Web.Shared;
using Regulator.Web.Shared.Lists;

namespace Regulator.Web.Platforms;

/// <summary>
/// The platform registry list (<c>/platforms</c>, export <c>/export/platforms.xlsx</c>). Query string: <c>q</c> (name
/// or credit code), <c>province</c>, <c>agency</c>, <c>sort</c> (<c>name</c>, <c>province</c>, <c>created</c>; newest
/// registration first by default).
/// </summary>
public sealed class PlatformList : ListDefinition<PlatformSearch.Row>
{
    public override string Name => "platforms";

    protected override Type Texts => typeof(PlatformsText);

    public override bool UsesKeyset => false;

    public override IListQuery<PlatformSearch.Row> Query(ListState state) =>
        new PlatformSearch(state["q"], state["province"], state.Enum<Agency>("agency"), state.SortKey, state.SortDescending);

    public override IReadOnlyList<ListColumn<PlatformSearch.Row>> Columns { get; } =
    [
        new("Name", (p, _) => p.Name),
        new("Uscc", (p, _) => p.Uscc),
        new("Province", (p, _) => ProvinceNames.Of(p.ProvinceCode)),
        new("Agency", (p, t) => t["Agency" + p.Agency].Value),
        new("Licences", (p, _) => p.LicenceCount),
        new("ActiveKeys", (p, _) => p.ActiveKeyCount),
        new("Registered", (p, _) => ChinaTime.FromUtc(p.CreatedUtc).DateTime),
    ];
}
