using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Regulator.Domain.Documents;
using Regulator.Domain.Jobs;
using Regulator.Domain.Persistence;
using Regulator.Tests.Infrastructure;
using Regulator.Web.Jobs.Scheduling;

namespace Regulator.Tests.Jobs;

/// <summary>Two portal instances on one PostgreSQL database: a job one of them was running when it stopped is finished by the other, once.</summary>
public sealed class ClusterTests
{
    [Fact]
    public async Task When_a_node_stops_in_the_middle_of_an_inspection_the_other_node_finishes_it_once()
    {
        using var database = new PostgresTestDatabase();
        var gate = new InspectionGate(holdAtPlatform: 5);
        var first = new PortalInstance(DatabaseProvider.Postgres, database.ConnectionString, gate);
        await using var second = new PortalInstance(DatabaseProvider.Postgres, database.ConnectionString);
        try
        {
            await using (var scope = first.Services.CreateAsyncScope())
                await scope.ServiceProvider.GetRequiredService<JobControl>().RunNowAsync(RecurringJobs.Inspection);
            await gate.Reached.Task.WaitAsync(TimeSpan.FromSeconds(60));
            _ = second.Services; // the second node joins the cluster while the first is in the middle of the job
        }
        finally
        {
            await first.DisposeAsync();
        }

        var runs = await JobRuns.WaitAsync(second.Services, RecurringJobs.Inspection.Name, r => r.Any(run => run.Outcome == JobRunOutcome.Succeeded), TimeSpan.FromSeconds(120));

        Assert.True(runs.Count == 2, string.Join("\n", runs.Select(r => $"{r.Outcome} on {r.Node}, trigger {r.TriggerName}, recovering {r.Recovering}: {r.Error}")));
        var (stopped, finished) = (runs[0], runs[1]);
        Assert.Equal(JobRunOutcome.TakenOver, stopped.Outcome);
        Assert.Equal((JobRunOutcome.Succeeded, true), (finished.Outcome, finished.Recovering));
        Assert.NotEqual(stopped.Node, finished.Node);
        Assert.Equal(stopped.TriggerName, finished.TriggerName);

        await using var scope2 = second.Services.CreateAsyncScope();
        var db = scope2.ServiceProvider.GetRequiredService<RegulatorDbContext>();
        // The demo history holds inspections of its own (run keys "demo:…"); this is about the job's.
        var inspection = Assert.Single(await db.Inspections.Where(i => !i.RunKey.StartsWith("demo:")).ToListAsync());
        Assert.True(inspection.IsCompleted);
        var platforms = await db.Platforms.CountAsync();
        // Every platform once: the four the first node finished were not inspected again.
        Assert.Equal(platforms, await db.PlatformInspections.Where(p => p.InspectionId == inspection.Id).Select(p => p.PlatformId).Distinct().CountAsync());
        Assert.Equal(platforms, await db.PlatformInspections.CountAsync(p => p.InspectionId == inspection.Id));
        Assert.Equal(await db.PlatformInspections.Where(p => p.InspectionId == inspection.Id).SumAsync(p => p.FindingCount),
            await db.Findings.CountAsync(f => f.InspectionId == inspection.Id));
        Assert.Equal(platforms, await db.GeneratedDocuments.CountAsync(d => d.Kind == DocumentKind.InspectionFindings));
    }
}
