using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Regulator.Domain.Persistence;

namespace Regulator.Web.Documents;

public static class DocumentsEndpoints
{
    /// <summary>
    /// <c>GET /jobs/documents/{id}/pdf</c>: a stored document as a file download. The scope filter answers a province
    /// only with its own documents; another province's id is simply not found (404).
    /// </summary>
    public static void MapDocumentsEndpoints(this IEndpointRouteBuilder app) =>
        app.MapGet("/jobs/documents/{id:long}/pdf", async Task<Results<FileContentHttpResult, NotFound>> (long id, RegulatorDbContext db) =>
            await db.GeneratedDocuments.AsNoTracking().Where(d => d.Id == id).Select(d => new { d.Content, d.FileName }).FirstOrDefaultAsync() is { } document
                ? TypedResults.File(document.Content, "application/pdf", document.FileName)
                : TypedResults.NotFound()).ExcludeFromDescription();
}
