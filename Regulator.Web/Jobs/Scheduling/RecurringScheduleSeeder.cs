namespace Regulator.Web.Jobs.Scheduling;

/// <summary>Registers the recurring jobs with Hangfire when the portal starts (<see cref="JobControl.EnsureRecurringJobs"/>).</summary>
public sealed class RecurringScheduleSeeder(IServiceScopeFactory scopes) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<JobControl>().EnsureRecurringJobs();
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
