using Regulator.Domain.Common;
using Regulator.Domain.Credit;
using Regulator.Domain.Persistence;
using Regulator.Web.Shared;
using Regulator.Web.Shared.Lists;

namespace Regulator.Web.Credit;

/// <summary>
/// The untrustworthy-entity procedures (<c>/credit/designations</c>, export <c>/export/credit-designations.xlsx</c>),
/// newest first, each province its own. Query string: <c>state</c>, <c>level</c>, <c>province</c>, <c>repair</c>
/// (a repair application awaits its decision), and from the dashboards' drills <c>agency</c> and <c>inForce</c> (a day:
/// listings in force on it). Keyset-paged by id.
/// </summary>
public sealed class DesignationList : ListDefinition<DesignationRow>
{
    public override string Name => "credit-designations";

    protected override Type Texts => typeof(CreditText);

    public override bool UsesKeyset => true;

    public override IListQuery<DesignationRow> Query(ListState state) =>
        new DesignationSearch(state.Enum<DesignationState>("state"), state.Enum<DesignationLevel>("level"), state["province"], state.Flag("repair"),
            Agency: state.Enum<Agency>("agency"), InForceOn: state.Date("inForce"));

    public override IReadOnlyList<ListColumn<DesignationRow>> Columns { get; } =
    [
        new("Procedure", (d, _) => d.Id),
        new("Name", (d, _) => d.SubjectName),
        new("HomeProvince", (d, _) => ProvinceNames.Of(d.ProvinceCode)),
        new("Level", (d, t) => t["Level" + d.Level].Value),
        new("State", (d, t) => t["State_" + d.State].Value),
        new("Proposed", (d, _) => ChinaTime.FromUtc(d.ProposedUtc).DateTime),
        new("DefenceDue", (d, _) => d.DefenceDueOn),
        new("EndsOn", (d, _) => d.EndsOn),
        new("Repair", (d, t) => d.Repair is { } r ? t["Repair_" + r].Value : ""),
    ];
}
