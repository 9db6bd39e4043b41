using System.Globalization;
using Hangfire.Server;
using Microsoft.EntityFrameworkCore;
using Regulator.Domain.Common;
using Regulator.Domain.Documents;
using Regulator.Domain.EnforcementReports;
using Regulator.Domain.Jobs;
using Regulator.Domain.Persistence;
using Regulator.Web.Jobs.Scheduling;

namespace Regulator.Web.Documents;

/// <summary>
/// The weekly enforcement report of every province that has platforms, for the week before <c>day</c>; or, for a
/// regeneration, one province's. Resumable: a retry or take-over of the same job skips the provinces it already filed.
/// </summary>
public sealed class WeeklyProvincialReportJob(EnforcementReportWriter writer, RegulatorDbContext db, JobRunReporter report)
{
    /// <param name="day">A day in the week after the one to report on; null for the job's own day.</param>
    /// <param name="provinceCode">One province to (re)write; null for every province with platforms.</param>
    /// <param name="context">Hangfire's, given by Hangfire (null when enqueued).</param>
    public async Task<string> RunAsync(DateOnly? day, string? provinceCode, PerformContext context, CancellationToken cancellationToken)
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = DocumentHtmlRenderer.Culture;
        var jobId = context.BackgroundJob.Id;
        var period = ReportPeriod.PreviousWeek(day ?? ChinaTime.ToChinaDate(context.BackgroundJob.CreatedAt));
        var provinces = provinceCode is { } one
            ? [one]
            : await db.Platforms.Select(p => p.ProvinceCode).Distinct().OrderBy(p => p).ToListAsync(cancellationToken);
        var filed = (await db.GeneratedDocuments.AsNoTracking()
            .Where(d => d.Kind == DocumentKind.WeeklyProvincialReport && d.PeriodStart == period.Start && d.JobId == jobId)
            .Select(d => d.ProvinceCode).ToListAsync(cancellationToken)).ToHashSet();
        for (var i = 0; i < provinces.Count; i++)
        {
            if (!filed.Contains(provinces[i])) await writer.WriteAsync(new ReportScope(provinces[i]), period, jobId, cancellationToken);
            report.Progress(context, (i + 1) * 100 / provinces.Count, provinces[i]);
        }
        return report.Produced(context, new JobProduct($"{period.Start:yyyy-MM-dd}—{period.End:yyyy-MM-dd} 省级执法周报 {provinces.Count} 份", "/jobs/documents?kind=WeeklyProvincialReport"));
    }
}
