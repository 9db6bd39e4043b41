using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Regulator.Domain.Common;
using Regulator.Domain.Documents;
using Regulator.Domain.Inspections;
using Regulator.Domain.Persistence;
using Regulator.Web.Documents.Pdf;

namespace Regulator.Web.Documents;

/// <summary>
/// Prints the findings document of each platform of an inspection that has none yet and files it, one document
/// per platform and inspection (so per platform and day). Resumable like the inspection itself: a platform whose
/// document is filed is skipped when the job runs again; a redone inspection files new versions of the same documents.
/// </summary>
public sealed class FindingsDocumentWriter(
    RegulatorDbContext db, DocumentHtmlRenderer html, PdfPrinter printer, DocumentArchive archive, IOptions<PdfOptions> pdf, TimeProvider clock)
{
    /// <param name="jobId">The background job printing them (see <see cref="DocumentArchive"/>), or null outside a job.</param>
    public async Task<int> WriteMissingAsync(Inspection inspection, string? jobId, IProgress<(int Done, int Total)>? progress, CancellationToken ct)
    {
        var pending = await db.PlatformInspections.AsNoTracking()
            .Where(p => p.InspectionId == inspection.Id && p.DocumentId == null)
            .OrderBy(p => p.PlatformId).Select(p => p.PlatformId).ToListAsync(ct);
        var done = 0;
        await PrintPipeline.RunAsync(pending,
            async platformId => new PrintRequest(await html.RenderAsync<FindingsDocument>(new Dictionary<string, object?> { ["Model"] = await LoadAsync(inspection, platformId, ct) })),
            async (platformId, bytes) =>
            {
                await FileAsync(inspection, platformId, bytes, jobId, ct);
                progress?.Report((++done, pending.Count));
            },
            printer, window: 2 * pdf.Value.MaxConcurrentPages, ct);
        return pending.Count;
    }

    private async Task<FindingsDocumentModel> LoadAsync(Inspection inspection, int platformId, CancellationToken ct)
    {
        var platform = await db.Platforms.AsNoTracking().Include(p => p.Licences).FirstAsync(p => p.Id == platformId, ct);
        var findings = await db.Findings.AsNoTracking().Include(f => f.Evidence)
            .Where(f => f.InspectionId == inspection.Id && f.PlatformId == platformId).ToListAsync(ct);
        return new FindingsDocumentModel(
            IssuingOffice.For(platform.ProvinceCode, platform.Agency),
            DocumentNumber(inspection, platformId),
            platform,
            inspection.InspectedOn,
            ChinaTime.Today(clock),
            findings);
    }

    public static string DocumentNumber(Inspection inspection, int platformId) => $"巡查〔{inspection.InspectedOn.Year}〕{inspection.Id}-{platformId} 号";

    private async Task FileAsync(Inspection inspection, int platformId, byte[] bytes, string? jobId, CancellationToken ct)
    {
        var platform = await db.Platforms.AsNoTracking().Where(p => p.Id == platformId).Select(p => new { p.Name, p.ProvinceCode }).FirstAsync(ct);
        var document = await archive.SaveAsync(new GeneratedDocument
        {
            Key = $"findings:{inspection.Id}:{platformId}",
            Kind = DocumentKind.InspectionFindings,
            ProvinceCode = platform.ProvinceCode,
            Title = $"{platform.Name} 巡查发现问题通知书（{inspection.InspectedOn:yyyy-MM-dd}）",
            PeriodStart = inspection.InspectedOn,
            PeriodEnd = inspection.InspectedOn,
            PlatformId = platformId,
            InspectionId = inspection.Id,
            FileName = $"findings-{inspection.InspectedOn:yyyyMMdd}-{inspection.Id}-{platformId}.pdf",
        }, bytes, jobId, ct);
        await db.PlatformInspections.Where(p => p.InspectionId == inspection.Id && p.PlatformId == platformId)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.DocumentId, document.Id), ct);
        // Documents are large; nothing later in the run reads them back through this unit of work.
        db.Entry(document).State = EntityState.Detached;
    }
}
