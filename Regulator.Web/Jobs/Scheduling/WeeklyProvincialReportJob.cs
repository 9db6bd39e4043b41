using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Quartz;
using Regulator.Domain.Common;
using Regulator.Domain.EnforcementReports;
using Regulator.Domain.Jobs;
using Regulator.Domain.Persistence;
using Regulator.Web.Jobs.Documents;

namespace Regulator.Web.Jobs.Scheduling;

/// <summary>
/// The weekly enforcement report of every province that has platforms, for the week that just ended. A firing
/// with <see cref="ReportJobData"/> regenerates one province's report for a given week instead.
/// </summary>
[DisallowConcurrentExecution]
public sealed class WeeklyProvincialReportJob(EnforcementReportWriter writer, RegulatorDbContext db, TimeProvider clock) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = DocumentHtmlRenderer.Culture;
        var request = ReportJobData.Read(context.MergedJobDataMap);
        var period = ReportPeriod.PreviousWeek(request.Day ?? ChinaTime.Today(clock));
        var provinces = request.ProvinceCode is { } one
            ? [one]
            : await db.Platforms.Select(p => p.ProvinceCode).Distinct().OrderBy(p => p).ToListAsync(cancellationToken);
        for (var i = 0; i < provinces.Count; i++)
        {
            await writer.WriteAsync(new ReportScope(provinces[i]), period, cancellationToken);
            context.ReportProgress((i + 1) * 100 / provinces.Count, provinces[i]);
        }
        context.Result = new JobProduct($"{period.Start:yyyy-MM-dd}—{period.End:yyyy-MM-dd} 省级执法周报 {provinces.Count} 份", "/jobs/documents?kind=WeeklyProvincialReport");
    }
}
