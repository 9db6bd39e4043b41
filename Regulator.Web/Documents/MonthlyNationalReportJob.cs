using System.Globalization;
using Hangfire.Server;
using Regulator.Domain.Common;
using Regulator.Domain.EnforcementReports;
using Regulator.Domain.Jobs;
using Regulator.Web.Jobs.Scheduling;

namespace Regulator.Web.Documents;

/// <summary>The national enforcement report for the month before <c>day</c> (by default the month before the job was created).</summary>
public sealed class MonthlyNationalReportJob(EnforcementReportWriter writer, JobRunReporter report)
{
    /// <param name="day">A day in the month after the one to report on, as the schedule would have seen it; null for the job's own day.</param>
    /// <param name="context">Hangfire's, given by Hangfire (null when enqueued).</param>
    public async Task<string> RunAsync(DateOnly? day, PerformContext context, CancellationToken cancellationToken)
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = DocumentHtmlRenderer.Culture;
        var period = ReportPeriod.PreviousMonth(day ?? ChinaTime.ToChinaDate(context.BackgroundJob.CreatedAt));
        var document = await writer.WriteAsync(ReportScope.National, period, context.BackgroundJob.Id, cancellationToken);
        report.Progress(context, 100, document.Title);
        return report.Produced(context, new JobProduct(document.Title, $"/jobs/documents/{document.Id}"));
    }
}
