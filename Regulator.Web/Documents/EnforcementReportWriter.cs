using Microsoft.Extensions.Localization;
using Regulator.Domain.Common;
using Regulator.Domain.Documents;
using Regulator.Domain.EnforcementReports;
using Regulator.Web.Documents.Pdf;
using Regulator.Web.Jobs;

namespace Regulator.Web.Documents;

/// <summary>Computes, prints and files an enforcement report; writing the same scope and period again replaces it (a new version, see <see cref="DocumentArchive"/>).</summary>
public sealed class EnforcementReportWriter(
    EnforcementFiguresQuery figures, DocumentHtmlRenderer html, PdfPrinter printer, EchartsScript echarts, DocumentArchive archive,
    IStringLocalizer<JobsText> t, TimeProvider clock)
{
    /// <param name="jobId">The background job writing it, or null outside a job.</param>
    public async Task<GeneratedDocument> WriteAsync(ReportScope scope, ReportPeriod period, string? jobId, CancellationToken ct)
    {
        var kind = scope.IsNational ? DocumentKind.MonthlyNationalReport : DocumentKind.WeeklyProvincialReport;
        var model = new EnforcementReportModel(kind, Title(kind, scope, period),
            scope.IsNational ? IssuingOffice.NationalCyberspace : IssuingOffice.For(scope.ProvinceCode, Agency.Cyberspace),
            ChinaTime.Today(clock), await figures.ComputeAsync(scope, period, ct));
        var document = await html.RenderAsync<EnforcementReportDocument>(new Dictionary<string, object?> { ["Model"] = model });
        var pdf = await printer.PrintAsync(new PrintRequest(document, [echarts.Path, ReportChartsScript.Path], ReportChartsScript.ReadyWhen), ct);
        return await archive.SaveAsync(new GeneratedDocument
        {
            Key = $"{kind}:{scope.ProvinceCode}:{period.Start:yyyy-MM-dd}",
            Kind = kind,
            ProvinceCode = scope.ProvinceCode,
            Title = model.Title,
            PeriodStart = period.Start,
            PeriodEnd = period.End,
            FileName = $"{(scope.IsNational ? "national-monthly" : $"province-{scope.ProvinceCode}-weekly")}-{period.Start:yyyyMMdd}.pdf",
        }, pdf, jobId, ct);
    }

    private string Title(DocumentKind kind, ReportScope scope, ReportPeriod period) => kind == DocumentKind.MonthlyNationalReport
        ? t["ReportTitleMonthly", period.Start.ToString("yyyy年M月")]
        : t["ReportTitleWeekly", scope.NameZh, period.Start.ToString("M月d日"), period.End.ToString("M月d日")];
}
