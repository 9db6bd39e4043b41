using Regulator.Domain.Documents;
using Regulator.Domain.EnforcementReports;
using Regulator.Web.Documents.Pdf;
using Regulator.Web.Shared.Lists;

namespace Regulator.Web.Documents;

public static class DocumentsRegistration
{
    /// <summary>
    /// Generated documents: the Razor renderer and the Chromium printer every printed document goes through (findings
    /// notices, enforcement reports, and the other features' paperwork), the writers of the inspection's and the
    /// reports' documents, and the archive they are stored in.
    /// </summary>
    public static IServiceCollection AddDocuments(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<PdfOptions>(configuration.GetSection(PdfOptions.Section));
        services.AddScoped<EnforcementFiguresQuery>();
        services.AddScoped<DocumentArchive>();
        services.AddScoped<FindingsDocumentWriter>();
        services.AddScoped<EnforcementReportWriter>();
        services.AddSingleton<DocumentHtmlRenderer>();
        services.AddSingleton<EchartsScript>();
        services.AddSingleton<PdfPrinter>();
        services.AddScoped<DocumentOperations>();
        services.AddList<DocumentList>();
        return services;
    }
}
