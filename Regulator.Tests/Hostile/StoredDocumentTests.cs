using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Regulator.Domain.Jobs;
using Regulator.Domain.Persistence;
using Regulator.Tests.Blacklist;
using Regulator.Tests.Infrastructure;
using Regulator.Tests.Documents;
using Regulator.Tests.Jobs;
using Regulator.Web.Jobs.Scheduling;

namespace Regulator.Tests.Hostile;

/// <summary>
/// The PDFs the portal keeps (findings notices, enforcement reports) read back with <c>pdftotext</c>: none holds an
/// identity number in clear, even when the findings are about identities (a blacklisted identity filed again).
/// </summary>
public sealed class StoredDocumentTests(StoredDocumentTests.Portal portal) : IClassFixture<StoredDocumentTests.Portal>
{
    public sealed class Portal() : JobsPortal(DatabaseProvider.Sqlite);

    [Fact]
    public async Task No_stored_pdf_holds_an_identity_number_in_clear()
    {
        // A finding about an identity: a published identity filed again on another platform.
        var number = BlacklistArrange.NewIdentity("44");
        await BlacklistArrange.PublishAsync(portal, number);
        await using (var scope = portal.Services.CreateAsyncScope())
        {
            var platform = await scope.ServiceProvider.GetRequiredService<RegulatorDbContext>().Platforms.Where(p => p.ProvinceCode == "44").OrderByDescending(p => p.Id).FirstAsync();
            await BlacklistArrange.FileAsync(portal, platform.Id, ("again-1", number));
            var control = scope.ServiceProvider.GetRequiredService<JobControl>();
            await control.RunNowAsync(RecurringJobs.Inspection);
        }
        await portal.WaitForRunsAsync(RecurringJobs.Inspection.Name, runs => runs.Any(r => r.Outcome != JobRunOutcome.Running), TimeSpan.FromMinutes(3));

        await using var db = portal.CreateDbContext();
        var documents = await db.GeneratedDocuments.Select(d => new { d.Id, d.FileName, d.Content }).ToListAsync();
        Assert.NotEmpty(documents);
        foreach (var document in documents)
        {
            var text = DocumentPrinting.Text(DocumentPrinting.Save($"stored-{document.Id}.pdf", document.Content));
            Assert.True(IdentityLeaks.In(text).Count == 0, $"{document.FileName} holds an identity number in clear.");
            Assert.DoesNotContain(number, text);
        }
    }
}
