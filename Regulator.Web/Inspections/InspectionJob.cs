using System.Globalization;
using Hangfire.Server;
using Regulator.Domain.Common;
using Regulator.Domain.Inspections;
using Regulator.Domain.Jobs;
using Regulator.Web.Documents;
using Regulator.Web.Jobs.Scheduling;

namespace Regulator.Web.Inspections;

/// <summary>
/// The automated online inspection: applies every rule to every platform, then prints each platform's findings
/// document. The inspection is the one of the China calendar day the job was created on, so a retry or a take-over
/// by another node (same Hangfire job) carries it on, and a later "run now" that day redoes it in place
/// (<see cref="InspectionRunner"/>): findings and documents exist once per platform and day.
/// </summary>
public sealed class InspectionJob(InspectionRunner runner, FindingsDocumentWriter documents, JobRunReporter report)
{
    /// <summary>Share of the progress bar the rules take; printing the documents takes the rest.</summary>
    private const int InspectShare = 60;

    /// <param name="context">Hangfire's, given by Hangfire (null when enqueued).</param>
    public async Task<string> RunAsync(PerformContext context, CancellationToken cancellationToken)
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = DocumentHtmlRenderer.Culture;
        var day = ChinaTime.ToChinaDate(context.BackgroundJob.CreatedAt);
        var inspection = await runner.RunAsync($"inspection:{day:yyyy-MM-dd}", context.BackgroundJob.Id,
            new InlineProgress<InspectionProgress>(p => report.Progress(context, p.Percent * InspectShare / 100, $"{p.Done}/{p.Total} {p.PlatformName}")),
            cancellationToken);
        var printed = await documents.WriteMissingAsync(inspection, context.BackgroundJob.Id,
            new InlineProgress<(int Done, int Total)>(p => report.Progress(context, InspectShare + p.Done * (100 - InspectShare) / Math.Max(1, p.Total), $"PDF {p.Done}/{p.Total}")),
            cancellationToken);
        return report.Produced(context, new JobProduct($"巡查 {inspection.PlatformCount} 个平台，发现问题 {inspection.FindingCount} 项，生成文书 {printed} 份", $"/jobs/inspections/{inspection.Id}"));
    }
}
