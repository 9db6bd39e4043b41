using Microsoft.EntityFrameworkCore;
using Regulator.Domain.Persistence;

namespace Regulator.Domain.Documents;

/// <summary>Keeps the PDFs the portal writes, one per key: writing a key again replaces its content.</summary>
public sealed class DocumentArchive(RegulatorDbContext db, TimeProvider clock)
{
    public async Task<GeneratedDocument> SaveAsync(GeneratedDocument draft, byte[] content, CancellationToken ct = default)
    {
        var document = await db.GeneratedDocuments.FirstOrDefaultAsync(d => d.Key == draft.Key, ct);
        if (document is null)
        {
            document = draft;
            db.GeneratedDocuments.Add(document);
        }
        else
        {
            document.Title = draft.Title;
            document.FileName = draft.FileName;
        }
        document.Content = content;
        document.SizeBytes = content.Length;
        document.GeneratedUtc = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        return document;
    }
}
