using Regulator.Domain.Common;
using Regulator.Domain.Credit;
using Regulator.Domain.Persistence;
using Regulator.Web.Shared;
using Regulator.Web.Shared.Lists;

namespace Regulator.Web.Credit;

/// <summary>
/// A staff list of rated subjects of one kind (<see cref="CreditPublisherList"/> at <c>/credit</c>,
/// <see cref="CreditPlatformList"/> at <c>/credit/platforms</c>, exports <c>/export/{name}.xlsx|csv</c>). Query string:
/// <c>grade</c> (A–D), <c>province</c>, <c>platform</c> (id), <c>standing</c> (<see cref="CreditStanding"/>),
/// <c>q</c> (a name's beginning or the exact code), <c>agency</c> (the dashboards' drill). Keyset-paged by id.
/// </summary>
public abstract class CreditSubjectList : ListDefinition<CreditSubjectRow>
{
    protected abstract CreditSubjectKind Kind { get; }

    protected override Type Texts => typeof(CreditText);

    public override bool UsesKeyset => true;

    public override IListQuery<CreditSubjectRow> Query(ListState state) => Search(state);

    /// <summary>The same filters as a search, for the page's totals per grade.</summary>
    public CreditSubjectSearch Search(ListState state) =>
        new(Kind, state.Enum<CreditGrade>("grade"), state["province"], state.Int("platform"), state.Enum<CreditStanding>("standing"), state["q"],
            state.Enum<Agency>("agency"));

    public override IReadOnlyList<ListColumn<CreditSubjectRow>> Columns { get; } =
    [
        new("Name", (s, _) => s.Name),
        new("Code", (s, _) => s.Code),
        new("HomeProvince", (s, _) => ProvinceNames.Of(s.ProvinceCode)),
        new("Score", (s, _) => s.Score),
        new("Grade", (s, t) => t["Grade_" + s.Grade].Value),
        new("Designation", (s, t) => s.Designation is { } level ? t["Level" + level].Value : ""),
        new("ModelVersion", (s, _) => s.ModelVersion),
        new("GradedOn", (s, _) => s.GradedOn),
    ];
}
