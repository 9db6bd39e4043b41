using System.Globalization;
using Quartz;
using Regulator.Domain.Inspections;
using Regulator.Domain.Jobs;
using Regulator.Web.Jobs.Documents;

namespace Regulator.Web.Jobs.Scheduling;

/// <summary>
/// The automated online inspection: applies every rule to every platform, then prints each platform's findings
/// document. One at a time across the cluster; a firing interrupted by a node stopping is recovered by another
/// node, and a retried or recovered firing carries on the same inspection rather than starting over.
/// </summary>
[DisallowConcurrentExecution]
public sealed class InspectionJob(InspectionRunner runner, FindingsDocumentWriter documents) : IJob
{
    /// <summary>Share of the progress bar the rules take; printing the documents takes the rest.</summary>
    private const int InspectShare = 60;

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = DocumentHtmlRenderer.Culture;
        // Only one inspection runs at a time in the whole cluster, so the unfinished one is the one this retry or
        // recovery replays. (A recovery's fire times are its own, not the original firing's: they cannot identify it.)
        var runKey = (context.Recovering || context.RetryAttempt > 0) && await runner.LatestUnfinishedRunKeyAsync(cancellationToken) is { } unfinished
            ? unfinished
            : $"{context.Trigger.Key}@{context.FireTimeUtc.UtcDateTime:O}";
        var inspection = await runner.RunAsync(runKey,
            new InlineProgress<InspectionProgress>(p => context.ReportProgress(p.Percent * InspectShare / 100, $"{p.Done}/{p.Total} {p.PlatformName}")),
            cancellationToken);
        var printed = await documents.WriteMissingAsync(inspection,
            new InlineProgress<(int Done, int Total)>(p => context.ReportProgress(InspectShare + p.Done * (100 - InspectShare) / Math.Max(1, p.Total), $"PDF {p.Done}/{p.Total}")),
            cancellationToken);
        context.Result = new JobProduct($"巡查 {inspection.PlatformCount} 个平台，发现问题 {inspection.FindingCount} 项，生成文书 {printed} 份", $"/jobs/inspections/{inspection.Id}");
    }
}
