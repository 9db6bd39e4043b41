using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Regulator.Domain.Jobs;
using Regulator.Domain.Persistence;

namespace Regulator.Tests.Jobs;

/// <summary>Waits for the portal's record of job runs to reach a state, reading it as the jobs page does.</summary>
public static class JobRuns
{
    /// <summary>The runs of <paramref name="jobName"/>, oldest first, once <paramref name="done"/> holds for them.</summary>
    public static async Task<List<JobRun>> WaitAsync(IServiceProvider services, string jobName, Func<List<JobRun>, bool> done, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(90));
        while (true)
        {
            List<JobRun> runs;
            await using (var scope = services.CreateAsyncScope())
            {
                runs = await scope.ServiceProvider.GetRequiredService<RegulatorDbContext>().JobRuns.AsNoTracking()
                    .Where(r => r.JobName == jobName).OrderBy(r => r.Id).ToListAsync();
            }
            if (done(runs)) return runs;
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"Runs of {jobName} never got there: {string.Join("; ", runs.Select(r => $"#{r.Id} {r.Outcome} attempt {r.Attempt} on {r.Node}: {r.Error}"))}");
            await Task.Delay(250);
        }
    }
}
