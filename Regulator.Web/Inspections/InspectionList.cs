using Regulator.Domain.Common;
using Regulator.Domain.Inspections;
using Regulator.Domain.Persistence;
using Regulator.Web.Jobs;
using Regulator.Web.Shared.Lists;

namespace Regulator.Web.Inspections;

/// <summary>
/// The inspections on <c>/jobs/inspections</c> (export <c>/export/inspections.xlsx</c>). Query string: <c>from</c> and
/// <c>to</c> (inspection days, yyyy-MM-dd). Newest first, offset paging (one inspection a day at most).
/// </summary>
public sealed class InspectionList : ListDefinition<InspectionSearch.Row>
{
    public override string Name => "inspections";

    protected override Type Texts => typeof(JobsText);

    public override bool UsesKeyset => false;

    public override IListQuery<InspectionSearch.Row> Query(ListState state) => new InspectionSearch(state.Date("from"), state.Date("to"));

    public override IReadOnlyList<ListColumn<InspectionSearch.Row>> Columns { get; } =
    [
        new("InspectedOn", (i, _) => i.InspectedOn.ToString("yyyy-MM-dd")),
        new("Started", (i, _) => ChinaTime.FromUtc(i.StartedUtc).DateTime),
        new("Completed", (i, _) => i.CompletedUtc is { } done ? ChinaTime.FromUtc(done).DateTime : null),
        new("Platforms", (i, _) => i.Platforms),
        new("Findings", (i, _) => i.Findings),
    ];
}
