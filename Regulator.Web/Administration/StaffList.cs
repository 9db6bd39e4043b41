using Regulator.Domain.Identity;
using Regulator.Domain.Persistence;
using Regulator.Web.Identity;
using Regulator.Web.Shared;
using Regulator.Web.Shared.Lists;

namespace Regulator.Web.Administration;

/// <summary>
/// The staff list (<c>/admin/users</c>, export <c>/export/staff.xlsx</c>; administrators). Query string: <c>q</c>,
/// <c>sort</c> (<c>user</c>, <c>name</c>, <c>province</c>).
/// </summary>
public sealed class StaffList(TimeProvider clock) : ListDefinition<StaffSearch.Row>
{
    public override string Name => "staff";

    public override string? Policy => RegulatorPolicies.Administration;

    protected override Type Texts => typeof(AdministrationText);

    public override bool UsesKeyset => false;

    public override IListQuery<StaffSearch.Row> Query(ListState state) => new StaffSearch(state["q"], state.SortKey, state.SortDescending);

    public override IReadOnlyList<ListColumn<StaffSearch.Row>> Columns =>
    [
        new("UserName", (u, _) => u.UserName),
        new("DisplayName", (u, _) => u.DisplayName),
        new("Role", (u, t) => t["Role" + u.Role].Value),
        new("Agency", (u, t) => t["Agency" + u.Agency].Value),
        new("Province", (u, t) => u.ProvinceCode is null ? t["National"].Value : ProvinceNames.Of(u.ProvinceCode)),
        new("Status", (u, t) => u.IsLockedAt(clock.GetUtcNow()) ? t["Locked"].Value : ""),
        new("TwoFactor", (u, t) => u.TwoFactor ? t["Yes"].Value : t["No"].Value),
    ];
}
