using Regulator.Domain.Common;
using Regulator.Domain.Jobs;
using Regulator.Domain.Persistence;
using Regulator.Web.Jobs.Scheduling;
using Regulator.Web.Shared.Lists;

namespace Regulator.Web.Jobs;

/// <summary>
/// The run history on <c>/jobs</c> (export <c>/export/job-runs.xlsx</c>). Query string: <c>job</c> (a recurring job's
/// name), <c>outcome</c> (<see cref="JobRunOutcome"/>). Newest first, keyset paging.
/// </summary>
public sealed class JobRunList : ListDefinition<JobRun>
{
    public override string Name => "job-runs";

    protected override Type Texts => typeof(JobsText);

    public override bool UsesKeyset => true;

    public override IListQuery<JobRun> Query(ListState state) => new JobRunSearch(state["job"], state.Enum<JobRunOutcome>("outcome"));

    public override IReadOnlyList<ListColumn<JobRun>> Columns { get; } =
    [
        new("Job", (r, t) => RecurringJobs.Find(r.JobName) is { } job ? t[job.TitleKey].Value : r.JobName),
        new("Trigger", (r, t) => JobPresentation.TriggerKind(r, t)),
        new("Started", (r, _) => ChinaTime.FromUtc(r.StartedUtc).DateTime),
        new("Duration", (r, _) => JobPresentation.Duration(r)),
        new("Outcome", (r, t) => t["Outcome" + r.Outcome].Value),
        // The error only: what a run produced is a national summary ("36 platforms, 126 findings"), which the page
        // shows national staff only, and an export is for every staff member who may open the page.
        new("ErrorOrProduct", (r, _) => r.Error),
    ];
}
