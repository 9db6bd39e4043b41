using System.Globalization;
using Quartz;
using Regulator.Domain.Common;
using Regulator.Domain.EnforcementReports;
using Regulator.Domain.Jobs;
using Regulator.Web.Jobs.Documents;

namespace Regulator.Web.Jobs.Scheduling;

/// <summary>The national enforcement report for the month that just ended (or, with <see cref="ReportJobData"/>, a given month).</summary>
[DisallowConcurrentExecution]
public sealed class MonthlyNationalReportJob(EnforcementReportWriter writer, TimeProvider clock) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = DocumentHtmlRenderer.Culture;
        var period = ReportPeriod.PreviousMonth(ReportJobData.Read(context.MergedJobDataMap).Day ?? ChinaTime.Today(clock));
        var document = await writer.WriteAsync(ReportScope.National, period, cancellationToken);
        context.ReportProgress(100, document.Title);
        context.Result = new JobProduct(document.Title, $"/jobs/documents/{document.Id}");
    }
}
