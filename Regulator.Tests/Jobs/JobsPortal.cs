using Microsoft.AspNetCore.Hosting;
using Regulator.Domain.Jobs;
using Regulator.Tests.Infrastructure;

namespace Regulator.Tests.Jobs;

/// <summary>
/// A portal with settings of its own for the jobs tests (short retry back-off, a Chromium path…) that can wait
/// for the job runs it records.
/// </summary>
public class JobsPortal(DatabaseProvider provider, IReadOnlyDictionary<string, string?>? settings = null) : PortalFactory(provider)
{
    /// <summary>Retries a second apart, and Hangfire looking for due retries and queued jobs every second, so a test sees the whole retry sequence.</summary>
    public static readonly IReadOnlyDictionary<string, string?> QuickRetries = new Dictionary<string, string?>
    {
        ["Jobs:RetryAttempts"] = "2",
        ["Jobs:RetryInitialDelay"] = "00:00:01",
        ["Jobs:RetryMaxDelay"] = "00:00:02",
        ["Jobs:SchedulePollingInterval"] = "00:00:01",
        ["Jobs:QueuePollInterval"] = "00:00:01",
    };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        foreach (var (key, value) in QuickRetries.Concat(settings ?? new Dictionary<string, string?>())) builder.UseSetting(key, value);
    }

    public Task<List<JobRun>> WaitForRunsAsync(string jobName, Func<List<JobRun>, bool> done, TimeSpan? timeout = null) =>
        JobRuns.WaitAsync(Services, jobName, done, timeout);
}
