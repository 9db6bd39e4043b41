using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Regulator.Domain.Documents;
using Regulator.Domain.Jobs;
using Regulator.Domain.Persistence;
using Regulator.Tests.Infrastructure;
using Regulator.Tests.Jobs;
using Regulator.Web.Jobs.Scheduling;

namespace Regulator.Tests.Inspections;

/// <summary>
/// "Run now" twice the same day redoes that day's inspection in place: its findings are replaced, not doubled, and
/// the documents list shows one findings notice per platform and day, as a second version.
/// </summary>
public sealed class InspectionRerunTests
{
    [Fact]
    public async Task Running_the_inspection_again_the_same_day_replaces_its_findings_and_versions_its_documents()
    {
        await using var portal = new JobsPortal(DatabaseProvider.Sqlite);
        await RunAndWaitAsync(portal, 1);
        var first = await SnapshotAsync(portal);

        await RunAndWaitAsync(portal, 2);
        var second = await SnapshotAsync(portal);

        Assert.Equal(1, second.Inspections);
        Assert.Equal(first.Findings, second.Findings);
        Assert.Equal(first.Documents.Select(d => d.Key), second.Documents.Select(d => d.Key));
        Assert.All(first.Documents, d => Assert.Equal(1, d.Version));
        Assert.All(second.Documents, d => Assert.Equal(2, d.Version));
        var client = await portal.SignInAsync("national.admin");
        var list = await HtmlPage.GetAsync(client, "/jobs/documents?kind=InspectionFindings");
        var rows = list.QuerySelectorAll("[data-list=documents] tbody tr");
        Assert.Equal(second.Documents.Count, rows.Select(r => r.QuerySelector("td")!.TextContent.Trim()).Distinct().Count());
        Assert.All(rows, r => Assert.Contains("v2", r.TextContent));
    }

    private static async Task RunAndWaitAsync(JobsPortal portal, int runs)
    {
        await using (var scope = portal.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<JobControl>().RunNowAsync(RecurringJobs.Inspection);
        var done = await portal.WaitForRunsAsync(RecurringJobs.Inspection.Name, r => r.Count(run => run.Outcome != JobRunOutcome.Running) >= runs);
        Assert.True(done[^1].Outcome == JobRunOutcome.Succeeded, done[^1].Error);
    }

    private static async Task<(int Inspections, int Findings, List<(string Key, int Version)> Documents)> SnapshotAsync(JobsPortal portal)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RegulatorDbContext>();
        var documents = await db.GeneratedDocuments.Where(d => d.Kind == DocumentKind.InspectionFindings).OrderBy(d => d.Key)
            .Select(d => new { d.Key, d.Version }).ToListAsync();
        // The demo history holds inspections of its own (run keys "demo:…"); this is about the job's.
        var jobs = db.Inspections.Where(i => !i.RunKey.StartsWith("demo:"));
        return (await jobs.CountAsync(), await db.Findings.CountAsync(f => jobs.Any(i => i.Id == f.InspectionId)), documents.Select(d => (d.Key, d.Version)).ToList());
    }
}
