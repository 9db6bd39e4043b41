using Microsoft.EntityFrameworkCore;
using Regulator.Domain.Persistence;

namespace Regulator.Domain.Documents;

/// <summary>
/// Keeps the PDFs the portal writes, one per key: writing a key again replaces its content. Another job writing
/// it counts a new version (a deliberate regeneration); the same job writing it again (Hangfire retrying it, or
/// another node taking it over) replaces that version in place, so a re-run never shows as a second document.
/// </summary>
public sealed class DocumentArchive(RegulatorDbContext db, TimeProvider clock)
{
    /// <param name="jobId">The background job writing it, or null outside a job (each such write is a new version).</param>
    public async Task<GeneratedDocument> SaveAsync(GeneratedDocument draft, byte[] content, string? jobId = null, CancellationToken ct = default)
    {
        var document = await db.GeneratedDocuments.FirstOrDefaultAsync(d => d.Key == draft.Key, ct);
        if (document is null)
        {
            document = draft;
            document.Version = 1;
            db.GeneratedDocuments.Add(document);
        }
        else
        {
            if (jobId is null || document.JobId != jobId) document.Version++;
            document.Title = draft.Title;
            document.FileName = draft.FileName;
        }
        document.JobId = jobId;
        document.Content = content;
        document.SizeBytes = content.Length;
        document.GeneratedUtc = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        return document;
    }
}
