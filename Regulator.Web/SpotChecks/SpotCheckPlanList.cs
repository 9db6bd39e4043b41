using Regulator.Domain.Common;
using Regulator.Domain.Persistence;
using Regulator.Domain.SpotChecks;
using Regulator.Web.Shared;
using Regulator.Web.Shared.Lists;

namespace Regulator.Web.SpotChecks;

/// <summary>
/// The spot-check plan list (<c>/spot-checks</c>, export <c>/export/spot-check-plans.xlsx</c>). Query string: <c>q</c>
/// (title), <c>province</c>, <c>agency</c> (an agency, or <c>joint</c>), <c>kind</c> (<c>Platform</c> or
/// <c>Publisher</c>), <c>status</c>, <c>sort</c> (<c>created</c>, <c>period</c>; newest plan first by default), and from the
/// dashboards' drills <c>from</c>/<c>to</c> (China days created) and <c>drawnFrom</c>/<c>drawnTo</c> (days its tasks were drawn).
/// </summary>
public sealed class SpotCheckPlanList : ListDefinition<SpotCheckPlanSearch.Row>
{
    /// <summary>The <c>agency</c> filter's value for joint plans of both agencies.</summary>
    public const string Joint = "joint";

    public override string Name => "spot-check-plans";

    protected override Type Texts => typeof(SpotChecksText);

    public override bool UsesKeyset => false;

    public override IListQuery<SpotCheckPlanSearch.Row> Query(ListState state) =>
        new SpotCheckPlanSearch(state["q"], state["province"], state.Enum<Agency>("agency"), state["agency"] == Joint, state.Enum<TargetKind>("kind"),
            state.Enum<PlanStatus>("status"), state.SortKey, state.SortDescending, state.Date("from"), state.Date("to"), state.Date("drawnFrom"), state.Date("drawnTo"));

    public override IReadOnlyList<ListColumn<SpotCheckPlanSearch.Row>> Columns { get; } =
    [
        new("PlanTitle", (p, _) => p.Title),
        new("Province", (p, _) => ProvinceNames.Of(p.ProvinceCode)),
        new("Agency", (p, t) => t[SpotCheckPresentation.AgencyKey(p.Agency)].Value),
        new("TargetKind", (p, t) => t["Kind" + p.TargetKind].Value),
        new("PeriodStart", (p, _) => p.PeriodStart),
        new("PeriodEnd", (p, _) => p.PeriodEnd),
        new("Status", (p, t) => t["Plan" + p.Status].Value),
        new("Tasks", (p, _) => p.Tasks),
        new("ClosedTasks", (p, _) => p.ClosedTasks),
        new("WithProblems", (p, _) => p.TasksWithProblems),
        new("PublishOn", (p, _) => p.PublishOn),
    ];
}
