using Hangfire;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;
using Microsoft.EntityFrameworkCore;
using Regulator.Domain.Documents;
using Regulator.Domain.Jobs;
using Regulator.Domain.Persistence;
using Regulator.Tests.Infrastructure;
using Regulator.Web.Jobs.Scheduling;

namespace Regulator.Tests.Jobs;

/// <summary>
/// Two portal processes on one PostgreSQL database: the one running an inspection is killed outright (SIGKILL) in the
/// middle of it; the other takes the Hangfire job over once its invisibility runs out, and the findings and the
/// documents exist once.
/// </summary>
public sealed class ClusterTests
{
    private static readonly Dictionary<string, string> Settings = new()
    {
        ["Seeding:Demo"] = "true",
        ["Seeding:Publishers"] = "200",
        ["Jobs:InvisibilityTimeout"] = "00:00:05",
        ["Jobs:QueuePollInterval"] = "00:00:01",
        ["Jobs:SchedulePollingInterval"] = "00:00:01",
    };

    [Fact]
    public async Task When_the_node_running_an_inspection_is_killed_the_other_node_finishes_it_once()
    {
        using var database = new PostgresTestDatabase();
        using var a = new PortalProcess(database.ConnectionString, Settings);
        await a.StartAsync(TimeSpan.FromMinutes(4)); // migrates and seeds, alone
        using var b = new PortalProcess(database.ConnectionString, Settings);
        await b.StartAsync(TimeSpan.FromMinutes(2));

        var storageOptions = new PostgreSqlStorageOptions { SchemaName = JobsRegistration.PostgresSchema, PrepareSchemaIfNecessary = false };
        var storage = new PostgreSqlStorage(new NpgsqlConnectionFactory(database.ConnectionString, storageOptions), storageOptions);
        var jobId = new BackgroundJobClient(storage).Create(RecurringJobs.Inspection.Job, new Hangfire.States.EnqueuedState());

        // Kill whichever node took the job, once it is well into it (Hangfire's server names carry the process id).
        var running = await WaitForRunsAsync(database, runs => runs.Any(r => r.Outcome == JobRunOutcome.Running && r.ProgressPercent is > 0 and < 80), TimeSpan.FromSeconds(120));
        var victim = running.Single().Node.Contains($":{a.ProcessId}:") ? a : b;
        var survivor = victim == a ? b : a;
        victim.Kill();

        var runs = await WaitForRunsAsync(database, r => r.Any(run => run.Outcome is JobRunOutcome.Succeeded or JobRunOutcome.Failed), TimeSpan.FromSeconds(180));

        Assert.True(runs.Count == 2, string.Join("\n", runs.Select(r => $"{r.Outcome} on {r.Node}, trigger {r.TriggerName}, recovering {r.Recovering}: {r.Error}")) + "\n" + survivor.Output);
        var (stopped, finished) = (runs[0], runs[1]);
        Assert.Equal(JobRunOutcome.TakenOver, stopped.Outcome);
        Assert.Equal((JobRunOutcome.Succeeded, true), (finished.Outcome, finished.Recovering));
        Assert.Contains($":{survivor.ProcessId}:", finished.Node);
        Assert.NotEqual(stopped.Node, finished.Node);
        Assert.Equal((jobId, jobId), (stopped.FireInstanceId, finished.FireInstanceId));
        Assert.Equal(stopped.TriggerName, finished.TriggerName);

        await using var db = database.CreateContext();
        // The demo history holds inspections of its own (run keys "demo:…"); this is about the job's.
        var inspection = Assert.Single(await db.Inspections.Where(i => !i.RunKey.StartsWith("demo:")).ToListAsync());
        Assert.True(inspection.IsCompleted);
        var platforms = await db.Platforms.CountAsync();
        // Every platform once: those the killed node finished were not inspected again.
        Assert.Equal(platforms, await db.PlatformInspections.Where(p => p.InspectionId == inspection.Id).Select(p => p.PlatformId).Distinct().CountAsync());
        Assert.Equal(platforms, await db.PlatformInspections.CountAsync(p => p.InspectionId == inspection.Id));
        Assert.Equal(await db.PlatformInspections.Where(p => p.InspectionId == inspection.Id).SumAsync(p => p.FindingCount),
            await db.Findings.CountAsync(f => f.InspectionId == inspection.Id));
        var documents = await db.GeneratedDocuments.Where(d => d.Kind == DocumentKind.InspectionFindings).Select(d => new { d.PlatformId, d.Version }).ToListAsync();
        Assert.Equal(platforms, documents.Select(d => d.PlatformId).Distinct().Count());
        Assert.Equal(platforms, documents.Count);
        // A take-over is the same job: what the killed node had printed is not a second version.
        Assert.All(documents, d => Assert.Equal(1, d.Version));
        Assert.Equal(1, storage.GetMonitoringApi().SucceededListCount());
    }

    private static async Task<List<JobRun>> WaitForRunsAsync(TestDatabase database, Func<List<JobRun>, bool> done, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            await using var db = database.CreateContext();
            var runs = await db.JobRuns.AsNoTracking().Where(r => r.JobName == RecurringJobs.Inspection.Name).OrderBy(r => r.Id).ToListAsync();
            if (done(runs)) return runs;
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"Inspection runs never got there: {string.Join("; ", runs.Select(r => $"#{r.Id} {r.Outcome} {r.ProgressPercent}% on {r.Node}: {r.Error}"))}");
            await Task.Delay(100);
        }
    }
}
