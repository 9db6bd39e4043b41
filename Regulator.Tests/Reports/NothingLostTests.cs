using Regulator.Bench.Reports;
using Regulator.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Regulator.Domain.Persistence;
using Regulator.Domain.Reports;
using Regulator.Domain.Scoping;
using Regulator.Web.Reports;
using Xunit.Abstractions;

namespace Regulator.Tests.Reports;

/// <summary>
/// Kills the portal process in the middle of a large push stream, starts it again, lets the sender retry as the
/// contract tells it to, and checks that every report is stored exactly once and belongs to exactly one case.
/// </summary>
public sealed class NothingLostTests(ITestOutputHelper output)
{
    private const int Reports = 20_000;

    [Fact]
    public async Task Every_report_is_stored_exactly_once_when_the_portal_dies_mid_stream()
    {
        using var portal = new PortalProcess();
        await portal.StartAsync();
        var killed = new TaskCompletionSource();
        using var http = new HttpClient { BaseAddress = portal.Address, Timeout = TimeSpan.FromSeconds(30) };
        var options = new ReportSimulator.Options(portal.Address, Reports, Rate: 0, Batch: 200, Concurrency: 4, Seed: 11, Prefix: "CRASH-", Days: 3);
        // The progress callback fires every 20 batches: the first time, about a fifth of the way in, the portal dies.
        var sender = ReportSimulator.SendAsync(new ReportPushClient(http, portal.SharedSecret, TimeProvider.System), new ReportGenerator(11, [], "CRASH-"), options,
            progress: _ => killed.TrySetResult(), CancellationToken.None);

        await killed.Task.WaitAsync(TimeSpan.FromMinutes(2));
        portal.Kill();
        output.WriteLine("killed the portal mid-stream");
        await Task.Delay(500);
        await portal.StartAsync();
        var summary = await sender.WaitAsync(TimeSpan.FromMinutes(5));
        output.WriteLine(summary.ToString());

        Assert.True(summary.Retries > 0, "the sender should have had to retry batches the dead portal never answered");
        Assert.Equal(Reports, summary.Stored + summary.Duplicates);
        await using var db = new SqliteRegulatorDbContext(new DbContextOptionsBuilder<SqliteRegulatorDbContext>().UseSqlite(portal.ConnectionString).Options, SystemActor.Instance);
        Assert.Equal(Reports, await db.Reports.CountAsync());
        Assert.Equal(Reports, await db.Reports.Select(r => r.ExternalId).Distinct().CountAsync());
        Assert.Equal(Reports, await db.ReportCases.SumAsync(c => c.ReportCount));
        Assert.Equal(0, await db.ReportCases.CountAsync(c => c.Reports.Count != c.ReportCount));
    }
}
